using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class AgreementCheckResultType : ObjectGraphType<AgreementCheckResult>
{
    public AgreementCheckResultType()
    {
        Name = "AgreementCheckResult";
        Description = "One automatic agreement check on a version, evaluated now: passed, or failed with every reason. Agreement is refused unless every check passes.";
        Field<NonNullGraphType<AgreementCheckType>>("check").Description("Which check.").Resolve(c => c.Source.Check);
        Field<NonNullGraphType<BooleanGraphType>>("passed").Description("True when the check passes: `errors` is empty.").Resolve(c => c.Source.Passed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementCheckErrorUnionType>>>>("errors").Description("Every reason the check fails, each a typed error; empty when it passes.").Resolve(c => c.Source.Errors);
    }
}
