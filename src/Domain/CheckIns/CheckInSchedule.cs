namespace CarePlanGraph.Domain.CheckIns;

/// <summary>
/// When the Key Worker's check-in falls after support is in place (R19, R32). Page [A] says only "once your support is
/// in place, your Key Worker will contact you"; we schedule it within 2 weeks by default, so it comes well before the
/// first review (6 to 12 weeks, R20). A council may choose between 1 day and 6 weeks: never after the first review
/// could be held.
/// </summary>
public sealed record CheckInSchedule
{
    public const int DefaultDays = 14;

    public const int ShortestDays = 1;

    public const int LongestDays = 42;

    public CheckInSchedule(int withinDays)
    {
        if (withinDays is < ShortestDays or > LongestDays)
        {
            throw new ArgumentOutOfRangeException(nameof(withinDays), $"A check-in falls {ShortestDays} to {LongestDays} days after support is in place.");
        }

        WithinDays = withinDays;
    }

    /// <summary>Within 2 weeks.</summary>
    public static CheckInSchedule Default { get; } = new(DefaultDays);

    public int WithinDays { get; }

    /// <summary>The day the check-in is due, for support in place on <paramref name="inPlaceOn"/>.</summary>
    public DateOnly DueDate(DateOnly inPlaceOn) => inPlaceOn.AddDays(WithinDays);
}
