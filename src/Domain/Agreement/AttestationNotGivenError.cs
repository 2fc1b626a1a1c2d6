using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15: the agreeing officer did not attest to one of the judgements agreement needs.</summary>
[Description("R15: the agreeing officer did not attest to one of the judgements agreement needs. Agreement needs all three set to true, with a rationale.")]
public sealed record AttestationNotGivenError(
    [property: Description("The judgement not attested to.")] OfficerAttestation Attestation)
    : DomainError("ATTESTATION_NOT_GIVEN", $"To agree the plan, the officer must attest that it is {PlainEnglish.Describe(Attestation)}.");
