using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// R14: a Direct Payment item pays the person's spouse or partner, or a close relative living in the same household,
/// and the council has not recorded that this is necessary (Care and Support (Direct Payments) Regulations 2014, reg. 3).
/// </summary>
public sealed record UnlawfulDirectPaymentError(Id<SupportItem> ItemId, string Description, PayeeRelationship Relationship, bool PayeeLivesWithPerson, string? Payee)
    : AgreementCheckError(AgreementCheck.Lawful, "UNLAWFUL_DIRECT_PAYMENT", $"\"{Description}\" pays {(Relationship == PayeeRelationship.SpouseOrPartner ? "the person's spouse or partner" : "a close relative who lives with the person")} by Direct Payment; this needs the council to record that it is necessary.");
