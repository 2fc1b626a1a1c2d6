using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item arranged as unpaid support has a cost (R34).</summary>
[Description("R34: unpaid support from family, friends, carers or the community costs nothing. Give a unit cost of 0, or choose the arrangement that pays for it (for example DIRECT_PAYMENT or SELF_OR_FAMILY_ORGANISED).")]
public sealed record UnpaidSupportCostError(
    [property: Description("The unit cost given.")] Money UnitCost)
    : DomainError("UNPAID_SUPPORT_COST", $"Unpaid support costs nothing, so its unit cost must be £0.00, not {UnitCost.Formatted}.");
