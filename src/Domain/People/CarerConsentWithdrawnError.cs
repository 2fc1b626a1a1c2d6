using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>R33: the person has withdrawn their consent for this carer, so it cannot be withdrawn again or relied on.</summary>
[Description("R33: the person has withdrawn their consent for this carer, so the carer sees nothing and cannot be invited as a carer. Record the carer again if the person consents again.")]
public sealed record CarerConsentWithdrawnError(
    [property: Description("When the consent was withdrawn.")] DateTimeOffset WithdrawnAt)
    : DomainError("CARER_CONSENT_WITHDRAWN", $"The person withdrew their consent for this carer on {WithdrawnAt:d MMMM yyyy}.");
