using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

/// <summary>No review with this ID that the caller may see; a hidden one gets the same answer.</summary>
public sealed record ReviewNotFoundError(Id<Review> ReviewId)
    : DomainError("REVIEW_NOT_FOUND", "There is no review with this ID that you may see. Check the ID (`Review.id`).");
