using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnarrangedItemErrorType : AgreementCheckErrorGraphType<UnarrangedItemError>
{
    public UnarrangedItemErrorType()
        : base("UnarrangedItemError", "R10: a support item does not say how it is arranged, or who provides it, or either. Set `arrangement` and `providerId` or `providerName` with `updateSupportItem`.")
    {
        Field<NonNullGraphType<SupportItemType>>("item")
            .Description("The support item to complete.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<SupportItem>>().Load(c.Source.ItemId));
        Field<NonNullGraphType<BooleanGraphType>>("arrangementMissing").Description("True when the item does not say how it is arranged.").Resolve(c => c.Source.ArrangementMissing);
        Field<NonNullGraphType<BooleanGraphType>>("providerMissing").Description("True when the item does not say who provides it.").Resolve(c => c.Source.ProviderMissing);
    }
}
