using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class AttestationNotGivenErrorType : DomainErrorGraphType<AttestationNotGivenError>
{
    public AttestationNotGivenErrorType()
        : base("AttestationNotGivenError", "R15: the agreeing officer did not attest to one of the judgements agreement needs. Agreement needs all three set to true, with a rationale.")
    {
        Field<NonNullGraphType<OfficerAttestationType>>("attestation").Description("The judgement not attested to.").Resolve(c => c.Source.Attestation);
    }
}
