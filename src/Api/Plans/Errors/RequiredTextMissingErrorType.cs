using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class RequiredTextMissingErrorType : DomainErrorGraphType<RequiredTextMissingError>
{
    public RequiredTextMissingErrorType()
        : base("RequiredTextMissingError", "A piece of text the rules require is missing, empty or only whitespace. Fill in the input field named in `field`.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field that needs text, e.g. `rationale`.").Resolve(c => c.Source.Field);
    }
}
