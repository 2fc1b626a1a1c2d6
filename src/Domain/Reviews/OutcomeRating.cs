using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>The Key Worker's rating of one outcome at a review, as given to <see cref="Review.Complete"/>.</summary>
public sealed record OutcomeRating(Id<DesiredOutcome> OutcomeId, OutcomeAttainment Attainment, string? Note = null);
