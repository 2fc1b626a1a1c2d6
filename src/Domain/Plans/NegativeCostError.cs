using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's unit cost is below zero (R03, R04).</summary>
[Description("R03, R04: a unit cost cannot be negative. Unpaid support is recorded with a unit cost of 0.")]
public sealed record NegativeCostError(
    [property: Description("The unit cost given.")] Money UnitCost)
    : DomainError("NEGATIVE_COST", $"A unit cost cannot be negative ({UnitCost.Formatted}).");
