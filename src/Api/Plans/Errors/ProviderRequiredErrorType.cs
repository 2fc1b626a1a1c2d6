using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class ProviderRequiredErrorType : DomainErrorGraphType<ProviderRequiredError>
{
    public ProviderRequiredErrorType()
        : base("ProviderRequiredError", "R04, R10: this way of arranging support (an Individual Service Fund) is held by a provider, so `providerId` must name a provider the council knows.")
    {
        Field<NonNullGraphType<SupportArrangementType>>("arrangement").Description("The arrangement given.").Resolve(c => c.Source.Arrangement);
    }
}
