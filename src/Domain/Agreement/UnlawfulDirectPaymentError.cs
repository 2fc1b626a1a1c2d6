using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// R14: a Direct Payment item pays the person's spouse or partner, or a close relative living in the same household,
/// and the council has not recorded that this is necessary (Care and Support (Direct Payments) Regulations 2014, reg. 3).
/// </summary>
[Description("R14: a Direct Payment item pays the person's spouse or partner, or a close relative living with them, and the council has not recorded that this is necessary. The assessing officer records it with `recordDirectPaymentNecessity`, or change who is paid or how.")]
public sealed record UnlawfulDirectPaymentError(
    Id<SupportItem> ItemId,
    string Description,
    [property: Description("How the payee is related to the person.")] PayeeRelationship Relationship,
    [property: Description("True when the payee lives in the same household.")] bool PayeeLivesWithPerson,
    [property: Description("Who is paid, in words, where the item says.")] string? Payee)
    : AgreementCheckError(AgreementCheck.Lawful, "UNLAWFUL_DIRECT_PAYMENT", $"\"{Description}\" pays {(Relationship == PayeeRelationship.SpouseOrPartner ? "the person's spouse or partner" : "a close relative who lives with the person")} by Direct Payment; this needs the council to record that it is necessary.");
