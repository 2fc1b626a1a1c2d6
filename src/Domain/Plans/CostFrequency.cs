namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// How often a support item's unit cost is incurred (R04). Annual figures use a declared 52-week year.
/// For hourly, daily and per-session items the quantity is units a week; otherwise units per period.
/// </summary>
public enum CostFrequency
{
    Hourly,
    Daily,
    PerSession,
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
    Quarterly,
    Annually,
    OneOff,
}
