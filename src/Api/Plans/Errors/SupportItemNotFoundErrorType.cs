using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class SupportItemNotFoundErrorType : DomainErrorGraphType<SupportItemNotFoundError>
{
    public SupportItemNotFoundErrorType()
        : base("SupportItemNotFoundError", "The support item is not part of the version being edited (the plan's current version): it belongs to another plan, or does not exist. Use an ID from this plan's `currentVersion.supportItems`.")
    {
        Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The support item ID that was given.").Resolve(c => NodeId.Encode("SupportItem", c.Source.ItemId.Value));
    }
}
