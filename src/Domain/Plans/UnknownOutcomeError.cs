using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item says it serves an outcome that is not in the plan's assessment (R01, R04).</summary>
[Description("R01, R04: a support item says it serves an outcome that is not in this plan's assessment. Use IDs from `CarePlan.assessment.outcomes`.")]
public sealed record UnknownOutcomeError(
    [property: Description("The outcome ID that was given.")] Id<DesiredOutcome> OutcomeId)
    : DomainError("UNKNOWN_OUTCOME", $"Outcome {OutcomeId} is not one of the outcomes in this plan's assessment.");
