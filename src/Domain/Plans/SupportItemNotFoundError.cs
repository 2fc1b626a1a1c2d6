using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item ID that is not in this version.</summary>
[Description("The support item is not part of the version being edited (the plan's current version): it belongs to another plan, or does not exist. Use an ID from this plan's `currentVersion.supportItems`.")]
public sealed record SupportItemNotFoundError(
    [property: Description("The support item ID that was given."), Display(Name = "supportItemId")] Id<SupportItem> ItemId)
    : DomainError("SUPPORT_ITEM_NOT_FOUND", "That support item is not part of the version being edited.");
