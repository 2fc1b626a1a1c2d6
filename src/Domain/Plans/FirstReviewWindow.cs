namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// When the first review falls after support is in place (R19, R20): between 6 and 12 weeks [A]. A council may narrow
/// the window within those bounds. A first review date given by the caller must fall inside it; without one, the
/// review is due at the end of the window.
/// </summary>
public sealed record FirstReviewWindow
{
    public const int ShortestWeeks = 6;

    public const int LongestWeeks = 12;

    public FirstReviewWindow(int earliestWeeks, int latestWeeks)
    {
        if (earliestWeeks < ShortestWeeks || latestWeeks > LongestWeeks || earliestWeeks > latestWeeks)
        {
            throw new ArgumentOutOfRangeException(nameof(earliestWeeks), $"The first review window lies within {ShortestWeeks} to {LongestWeeks} weeks, earliest first.");
        }

        EarliestWeeks = earliestWeeks;
        LatestWeeks = latestWeeks;
    }

    /// <summary>6 to 12 weeks.</summary>
    public static FirstReviewWindow Default { get; } = new(ShortestWeeks, LongestWeeks);

    public int EarliestWeeks { get; }

    public int LatestWeeks { get; }

    public DateOnly Earliest(DateOnly inPlaceOn) => inPlaceOn.AddDays(EarliestWeeks * 7);

    public DateOnly Latest(DateOnly inPlaceOn) => inPlaceOn.AddDays(LatestWeeks * 7);

    /// <summary>The date the first review is due when the caller gives none: the end of the window.</summary>
    public DateOnly DueDate(DateOnly inPlaceOn) => Latest(inPlaceOn);

    public bool Contains(DateOnly inPlaceOn, DateOnly firstReviewDue) =>
        firstReviewDue >= Earliest(inPlaceOn) && firstReviewDue <= Latest(inPlaceOn);
}
