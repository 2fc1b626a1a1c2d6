using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The change would take a version's total above <see cref="SupportItemLimits.MaxVersionAnnualCost"/> (R04).</summary>
public sealed record VersionTotalAboveLimitError(Money TotalAnnualCost, Money Limit)
    : DomainError("VERSION_TOTAL_ABOVE_LIMIT", $"The plan would cost {TotalAnnualCost.Formatted} a year, above the limit of {Limit.Formatted}; check the items' costs.");
