using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

/// <summary>No review request with this ID that the caller may see; a hidden one gets the same answer.</summary>
[Description("No review request with this ID that you may see. One you may not see is reported the same way as one that does not exist.")]
public sealed record ReviewRequestNotFoundError(
    [property: Description("The review request ID that was given."), Display(Name = "reviewRequestId")] Id<ReviewRequest> RequestId)
    : DomainError("REVIEW_REQUEST_NOT_FOUND", "There is no review request with this ID that you may see. Check the ID (`ReviewRequest.id`).");
