using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>An outcome was rated more than once in the same review.</summary>
public sealed record OutcomeRatedTwiceError(Id<DesiredOutcome> OutcomeId)
    : DomainError("OUTCOME_RATED_TWICE", $"Outcome {OutcomeId} is rated more than once; rate each outcome once.");
