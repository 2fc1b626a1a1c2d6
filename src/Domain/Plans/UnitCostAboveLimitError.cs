using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's unit cost is above <see cref="SupportItemLimits.MaxUnitCost"/> (R04).</summary>
[Description("R04: the unit cost is absurdly high (above the sanity limit), usually pounds typed where pence were meant. `unitCostPence` is in pence: £22.50 is 2250.")]
public sealed record UnitCostAboveLimitError(
    [property: Description("The unit cost given.")] Money UnitCost,
    [property: Description("The highest unit cost accepted.")] Money Limit)
    : DomainError("UNIT_COST_ABOVE_LIMIT", $"A unit cost of {UnitCost.Formatted} is above the limit of {Limit.Formatted}; check the amount.");
