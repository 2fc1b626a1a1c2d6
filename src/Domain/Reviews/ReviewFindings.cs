using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// What a completed review records (R22): how far each outcome is met, a summary, the changes agreed (if any) and the
/// date they start. Changes open a revision of the plan once both parties have signed.
/// </summary>
public sealed record ReviewFindings(
    IReadOnlyList<OutcomeRating> Ratings,
    string Summary,
    IReadOnlyList<string> Changes,
    DateOnly? ChangesStartOn)
{
    public const int MaxSummaryLength = 4000;

    public const int MaxChangeLength = 1000;

    public const int MaxChanges = 50;

    /// <summary>The changes that say something, trimmed.</summary>
    public IReadOnlyList<string> PresentChanges => (Changes ?? []).Where(FreeText.IsPresent).Select(c => c.Trim()).ToArray();
}
