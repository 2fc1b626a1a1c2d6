using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item costs more a year than <see cref="SupportItemLimits.MaxAnnualCost"/> (R04).</summary>
[Description("R04: the item would cost an absurd amount a year (above the sanity limit). Check the unit cost (in pence), the frequency and the quantity.")]
public sealed record AnnualCostAboveLimitError(
    [property: Description("What the item would cost a year.")] Money AnnualCost,
    [property: Description("The most one item may cost a year.")] Money Limit)
    : DomainError("ANNUAL_COST_ABOVE_LIMIT", $"This item would cost {AnnualCost.Formatted} a year, above the limit of {Limit.Formatted}; check the cost, frequency and quantity.");
