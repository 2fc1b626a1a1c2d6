namespace CarePlanGraph.Domain.Plans;

/// <summary>The declared year: 52 weeks, 26 fortnights, 13 four-week periods, 12 months, 4 quarters.</summary>
public static class CostFrequencyExtensions
{
    public const int WeeksInYear = 52;

    /// <summary>How many times a year one unit-per-period is incurred.</summary>
    public static int TimesAYear(this CostFrequency frequency) => frequency switch
    {
        CostFrequency.Hourly or CostFrequency.Daily or CostFrequency.PerSession or CostFrequency.Weekly => WeeksInYear,
        CostFrequency.Fortnightly => 26,
        CostFrequency.FourWeekly => 13,
        CostFrequency.Monthly => 12,
        CostFrequency.Quarterly => 4,
        CostFrequency.Annually or CostFrequency.OneOff => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown cost frequency."),
    };
}
