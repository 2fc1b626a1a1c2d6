using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// What the assessing officer records when agreeing a plan (R15, R16): the three judgements no rule can make, each
/// of which must be true; the rationale; and the advice and information offered to prevent or delay needs.
/// The officer's name and the time come from the actor and the clock.
/// </summary>
public sealed record AgreementAttestation(
    bool IsLawfulAndSensible,
    bool KeepsPersonHealthySafeAndWell,
    bool IsResponsiblyManaged,
    string Rationale,
    string AdviceOffered)
{
    public const int MaxTextLength = 4000;

    /// <summary>Every reason the attestation cannot support an agreement.</summary>
    public IEnumerable<DomainError> Validate()
    {
        if (!IsLawfulAndSensible)
        {
            yield return new AttestationNotGivenError(OfficerAttestation.LawfulAndSensible);
        }

        if (!KeepsPersonHealthySafeAndWell)
        {
            yield return new AttestationNotGivenError(OfficerAttestation.KeepsPersonHealthySafeAndWell);
        }

        if (!IsResponsiblyManaged)
        {
            yield return new AttestationNotGivenError(OfficerAttestation.ResponsiblyManaged);
        }

        foreach (var error in FreeText.Require(Rationale, "rationale", MaxTextLength))
        {
            yield return error;
        }

        foreach (var error in FreeText.Require(AdviceOffered, "adviceOffered", MaxTextLength))
        {
            yield return error;
        }
    }
}
