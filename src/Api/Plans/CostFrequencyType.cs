using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class CostFrequencyType() : DescribedEnumType<CostFrequency>(
    "CostFrequency",
    "How often a support item's unit cost is incurred. Annual figures use a declared 52-week year (26 fortnights, 13 four-week periods, 12 months, 4 quarters).",
    new Dictionary<CostFrequency, string>
    {
        [CostFrequency.Hourly] = "Per hour; `quantity` is hours a week.",
        [CostFrequency.Daily] = "Per day; `quantity` is days a week.",
        [CostFrequency.PerSession] = "Per session; `quantity` is sessions a week.",
        [CostFrequency.Weekly] = "Per week; `quantity` is units each week.",
        [CostFrequency.Fortnightly] = "Per fortnight (26 a year); `quantity` is units each fortnight.",
        [CostFrequency.FourWeekly] = "Per four weeks (13 a year); `quantity` is units each four weeks.",
        [CostFrequency.Monthly] = "Per calendar month (12 a year); `quantity` is units each month.",
        [CostFrequency.Quarterly] = "Per quarter (4 a year); `quantity` is units each quarter.",
        [CostFrequency.Annually] = "Per year; `quantity` is units each year.",
        [CostFrequency.OneOff] = "A one-off cost, counted once in the year; `quantity` is how many.",
    });
