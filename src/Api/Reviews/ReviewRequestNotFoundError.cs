using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

/// <summary>No review request with this ID that the caller may see; a hidden one gets the same answer.</summary>
public sealed record ReviewRequestNotFoundError(Id<ReviewRequest> RequestId)
    : DomainError("REVIEW_REQUEST_NOT_FOUND", "There is no review request with this ID that you may see. Check the ID (`ReviewRequest.id`).");
