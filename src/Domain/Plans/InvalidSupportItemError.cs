using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item whose details cannot be accepted.</summary>
public sealed record InvalidSupportItemError(string Field, string Problem)
    : DomainError("INVALID_SUPPORT_ITEM", $"{Field}: {Problem}");
