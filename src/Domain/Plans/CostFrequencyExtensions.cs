using CarePlanGraph.Domain.Common;

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

    /// <summary>Plain words for how often and at what cost, for the person's copy (R16): "10 hours a week at £22.50 an hour".</summary>
    public static string Describe(this CostFrequency frequency, int quantity, Money unitCost) => frequency switch
    {
        CostFrequency.Hourly => $"{Count(quantity, "hour")} a week at {unitCost.Formatted} an hour",
        CostFrequency.Daily => $"{Count(quantity, "day")} a week at {unitCost.Formatted} a day",
        CostFrequency.PerSession => $"{Count(quantity, "session")} a week at {unitCost.Formatted} a session",
        CostFrequency.Weekly => $"{Times(quantity, unitCost)} a week",
        CostFrequency.Fortnightly => $"{Times(quantity, unitCost)} every two weeks",
        CostFrequency.FourWeekly => $"{Times(quantity, unitCost)} every four weeks",
        CostFrequency.Monthly => $"{Times(quantity, unitCost)} a month",
        CostFrequency.Quarterly => $"{Times(quantity, unitCost)} every three months",
        CostFrequency.Annually => $"{Times(quantity, unitCost)} a year",
        CostFrequency.OneOff => $"{Times(quantity, unitCost)} once",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown cost frequency."),
    };

    /// <summary>How often, without a price: for unpaid support (R34), whose cost is nothing.</summary>
    public static string DescribeHowOften(this CostFrequency frequency, int quantity) => frequency switch
    {
        CostFrequency.Hourly => $"{Count(quantity, "hour")} a week",
        CostFrequency.Daily => $"{Count(quantity, "day")} a week",
        CostFrequency.PerSession => $"{Count(quantity, "session")} a week",
        CostFrequency.Weekly => $"{Occasions(quantity)} a week",
        CostFrequency.Fortnightly => $"{Occasions(quantity)} every two weeks",
        CostFrequency.FourWeekly => $"{Occasions(quantity)} every four weeks",
        CostFrequency.Monthly => $"{Occasions(quantity)} a month",
        CostFrequency.Quarterly => $"{Occasions(quantity)} every three months",
        CostFrequency.Annually => $"{Occasions(quantity)} a year",
        CostFrequency.OneOff => quantity == 1 ? "once" : $"{quantity} times, once only",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown cost frequency."),
    };

    private static string Occasions(int quantity) => quantity switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{quantity} times",
    };

    private static string Count(int quantity, string unit) => quantity == 1 ? $"1 {unit}" : $"{quantity} {unit}s";

    private static string Times(int quantity, Money unitCost) =>
        quantity == 1 ? unitCost.Formatted : $"{quantity} at {unitCost.Formatted} each";
}
