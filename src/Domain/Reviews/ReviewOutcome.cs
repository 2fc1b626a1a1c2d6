using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>How far one outcome from the assessment has been met, as recorded at a review (R22).</summary>
public sealed class ReviewOutcome
{
    public const int MaxNoteLength = 2000;

    private ReviewOutcome() => Description = string.Empty;

    internal ReviewOutcome(Id<DesiredOutcome> outcomeId, string description, OutcomeAttainment attainment, string? note)
    {
        Id = Id<ReviewOutcome>.New();
        OutcomeId = outcomeId;
        Description = description;
        Attainment = attainment;
        Note = note;
    }

    public Id<ReviewOutcome> Id { get; private set; }

    /// <summary>The outcome in the plan's assessment.</summary>
    public Id<DesiredOutcome> OutcomeId { get; private set; }

    /// <summary>The outcome's words when it was rated, so the review reads the same later.</summary>
    public string Description { get; private set; }

    public OutcomeAttainment Attainment { get; private set; }

    public string? Note { get; private set; }
}
