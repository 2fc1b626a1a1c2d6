using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: a completed review says how far every outcome in the assessment is met; this one is missing.</summary>
public sealed record OutcomeNotRatedError(Id<DesiredOutcome> OutcomeId, string Description)
    : DomainError("OUTCOME_NOT_RATED", $"Say whether the outcome \"{Description}\" is fully, partly or not met.");
