using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's unit cost is below zero (R03, R04).</summary>
public sealed record NegativeCostError(Money UnitCost)
    : DomainError("NEGATIVE_COST", $"A unit cost cannot be negative ({UnitCost.Formatted}).");
