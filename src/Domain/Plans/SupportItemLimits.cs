using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// The bounds a support item must stay within (R03, R04). They catch typing mistakes (pounds typed as pence,
/// an extra nought) and absurd values long before affordability (R09) is considered; they are not budget rules.
/// <list type="bullet">
/// <item>A unit cost is between £0.00 (unpaid support still belongs in the plan) and £100,000.00.</item>
/// <item>One item costs at most £5,000,000.00 a year, and so does a whole version.</item>
/// <item>Quantities are at least 1 and at most: 168 hours a week (every hour), 7 days a week, 28 sessions a week
/// (four visits a day), and 50 units a period for the period-based frequencies and one-off items.</item>
/// <item>A description and a provider's name are at most 200 characters.</item>
/// </list>
/// </summary>
public static class SupportItemLimits
{
    public const int MinimumQuantity = 1;

    public const int MaxHoursAWeek = 168;

    public const int MaxDaysAWeek = 7;

    public const int MaxSessionsAWeek = 28;

    public const int MaxUnitsAPeriod = 50;

    public const int MaxDescriptionLength = 200;

    public const int MaxProviderNameLength = 200;

    /// <summary>The most characters the council's reason for a necessary Direct Payment to a relative may hold (R14).</summary>
    public const int MaxNecessityReasonLength = 2000;

    public static Money MaxUnitCost { get; } = Money.FromPounds(100_000);

    public static Money MaxAnnualCost { get; } = Money.FromPounds(5_000_000);

    public static Money MaxVersionAnnualCost { get; } = Money.FromPounds(5_000_000);

    /// <summary>The largest quantity a frequency allows (see <see cref="CostFrequency"/> for what a unit is).</summary>
    public static int MaxQuantity(CostFrequency frequency) => frequency switch
    {
        CostFrequency.Hourly => MaxHoursAWeek,
        CostFrequency.Daily => MaxDaysAWeek,
        CostFrequency.PerSession => MaxSessionsAWeek,
        CostFrequency.Weekly
            or CostFrequency.Fortnightly
            or CostFrequency.FourWeekly
            or CostFrequency.Monthly
            or CostFrequency.Quarterly
            or CostFrequency.Annually
            or CostFrequency.OneOff => MaxUnitsAPeriod,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown cost frequency."),
    };
}
