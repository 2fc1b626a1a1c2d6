using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item ID that is not in this version.</summary>
public sealed record SupportItemNotFoundError(Id<SupportItem> ItemId)
    : DomainError("SUPPORT_ITEM_NOT_FOUND", "That support item is not part of the version being edited.");
