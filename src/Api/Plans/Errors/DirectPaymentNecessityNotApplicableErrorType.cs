using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class DirectPaymentNecessityNotApplicableErrorType : DomainErrorGraphType<DirectPaymentNecessityNotApplicableError>
{
    public DirectPaymentNecessityNotApplicableErrorType()
        : base("DirectPaymentNecessityNotApplicableError", "R14: the item is not a Direct Payment to a spouse, partner or close relative in the same household, so no necessity decision is needed or recorded.")
    {
        Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The support item's ID.").Resolve(c => NodeId.Encode("SupportItem", c.Source.ItemId.Value));
    }
}
