using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R21: the review request was already accepted or declined.</summary>
public sealed record ReviewRequestAlreadyDecidedError(ReviewRequestStatus Status)
    : DomainError("REVIEW_REQUEST_ALREADY_DECIDED", $"This review request has already been {Status.ToString().ToUpperInvariant()}; it cannot be decided again.");
