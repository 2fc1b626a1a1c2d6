using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The change would take a version's total above <see cref="SupportItemLimits.MaxVersionAnnualCost"/> (R04).</summary>
[Description("R04: the change would take the version's total above the sanity limit for a whole plan. Check the items' costs.")]
public sealed record VersionTotalAboveLimitError(
    [property: Description("What the version would cost a year.")] Money TotalAnnualCost,
    [property: Description("The most a version may cost a year.")] Money Limit)
    : DomainError("VERSION_TOTAL_ABOVE_LIMIT", $"The plan would cost {TotalAnnualCost.Formatted} a year, above the limit of {Limit.Formatted}; check the items' costs.");
