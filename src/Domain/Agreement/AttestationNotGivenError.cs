using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15: the agreeing officer did not attest to one of the judgements agreement needs.</summary>
[Description("R15: the agreeing officer did not attest to one of the judgements agreement needs. Agreement needs all three set to true, with a rationale.")]
public sealed record AttestationNotGivenError(
    [property: Description("The judgement not attested to.")] OfficerAttestation Attestation)
    : DomainError("ATTESTATION_NOT_GIVEN", $"To agree the plan, the officer must attest that it is {Describe(Attestation)}.")
{
    private static string Describe(OfficerAttestation attestation) => attestation switch
    {
        OfficerAttestation.LawfulAndSensible => "lawful and uses money sensibly",
        OfficerAttestation.KeepsPersonHealthySafeAndWell => "keeping the person healthy, safe and well",
        OfficerAttestation.ResponsiblyManaged => "responsibly managed",
        _ => attestation.ToString(),
    };
}
