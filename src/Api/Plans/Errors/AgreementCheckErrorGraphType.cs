using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>The object type of a failed automatic agreement check (R08–R14): a domain error that also says which check.</summary>
public abstract class AgreementCheckErrorGraphType<TError> : DomainErrorGraphType<TError>
    where TError : AgreementCheckError
{
    protected AgreementCheckErrorGraphType(string name, string description)
        : base(name, description)
    {
        Field<NonNullGraphType<AgreementCheckType>>("check")
            .Description("The automatic agreement check this error fails.")
            .Resolve(context => context.Source.Check);
    }
}
