using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// Necessity can only be recorded for a Direct Payment item that pays a spouse or partner, or a close relative
/// living with the person (R14).
/// </summary>
[Description("R14: the item is not a Direct Payment to a spouse, partner or close relative in the same household, so no necessity decision is needed or recorded.")]
public sealed record DirectPaymentNecessityNotApplicableError(
    [property: Description("The support item's ID."), Display(Name = "supportItemId")] Id<SupportItem> ItemId)
    : DomainError("DIRECT_PAYMENT_NECESSITY_NOT_APPLICABLE", "This item is not a Direct Payment to a partner or a close relative in the same household, so no necessity decision is needed.");
