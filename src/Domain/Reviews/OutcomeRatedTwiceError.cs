using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>An outcome was rated more than once in the same review.</summary>
[Description("R22: an outcome is rated more than once in `outcomes`; rate each once.")]
public sealed record OutcomeRatedTwiceError(
    [property: Description("The outcome rated twice (`DesiredOutcome.id`).")] Id<DesiredOutcome> OutcomeId)
    : DomainError("OUTCOME_RATED_TWICE", $"Outcome {OutcomeId} is rated more than once; rate each outcome once.");
