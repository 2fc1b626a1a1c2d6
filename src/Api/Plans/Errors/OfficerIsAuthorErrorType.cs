using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class OfficerIsAuthorErrorType : DomainErrorGraphType<OfficerIsAuthorError>
{
    public OfficerIsAuthorErrorType()
        : base("OfficerIsAuthorError", "R15: the officer started or changed this version of the plan, so another officer must agree it.")
    {
        Field<NonNullGraphType<StringGraphType>>("officerName").Description("The officer who may not agree it.").Resolve(c => c.Source.OfficerName);
    }
}
