using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: a completed review says how far every outcome in the assessment is met; this one is missing.</summary>
[Description("R22: a completed review says how far every outcome in the assessment is met, and this one is missing from `outcomes`.")]
public sealed record OutcomeNotRatedError(
    [property: Description("The outcome to rate (`DesiredOutcome.id`).")] Id<DesiredOutcome> OutcomeId,
    [property: Description("The outcome, in words.")] string Description)
    : DomainError("OUTCOME_NOT_RATED", $"Say whether the outcome \"{Description}\" is fully, partly or not met.");
