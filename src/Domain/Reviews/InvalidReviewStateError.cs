using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>The review's status does not allow this now (e.g. signing before the outcome is recorded).</summary>
[Description("R22: the review's status does not allow this now (e.g. signing before the outcome is recorded, inviting after it is). Reload the review and check `status`.")]
public sealed record InvalidReviewStateError(
    [property: Description("The review's status when it was refused.")] ReviewStatus Status,
    [property: Description("What was refused, in words.")] string Action)
    : DomainError("INVALID_REVIEW_STATE", $"A review that is {PlainEnglish.Describe(Status)} cannot {PlainEnglish.Clause(Action)}.");
