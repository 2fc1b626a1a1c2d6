using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>The review's status does not allow this now (e.g. signing before the outcome is recorded).</summary>
public sealed record InvalidReviewStateError(ReviewStatus Status, string Action)
    : DomainError("INVALID_REVIEW_STATE", $"A review that is {Status.ToString().ToUpperInvariant()} cannot {Action}.");
