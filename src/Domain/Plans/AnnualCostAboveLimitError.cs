using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item costs more a year than <see cref="SupportItemLimits.MaxAnnualCost"/> (R04).</summary>
public sealed record AnnualCostAboveLimitError(Money AnnualCost, Money Limit)
    : DomainError("ANNUAL_COST_ABOVE_LIMIT", $"This item would cost {AnnualCost.Formatted} a year, above the limit of {Limit.Formatted}; check the cost, frequency and quantity.");
