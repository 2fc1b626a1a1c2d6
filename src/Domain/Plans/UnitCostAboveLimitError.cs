using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's unit cost is above <see cref="SupportItemLimits.MaxUnitCost"/> (R04).</summary>
public sealed record UnitCostAboveLimitError(Money UnitCost, Money Limit)
    : DomainError("UNIT_COST_ABOVE_LIMIT", $"A unit cost of {UnitCost.Formatted} is above the limit of {Limit.Formatted}; check the amount.");
