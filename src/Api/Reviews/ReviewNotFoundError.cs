using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

/// <summary>No review with this ID that the caller may see; a hidden one gets the same answer.</summary>
[Description("No review with this ID that you may see. A review you may not see is reported the same way as one that does not exist.")]
public sealed record ReviewNotFoundError(
    [property: Description("The review ID that was given.")] Id<Review> ReviewId)
    : DomainError("REVIEW_NOT_FOUND", "There is no review with this ID that you may see. Check the ID (`Review.id`).");
