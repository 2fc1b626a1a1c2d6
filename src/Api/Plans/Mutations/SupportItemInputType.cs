using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

public sealed class SupportItemInputType : InputObjectGraphType
{
    public SupportItemInputType()
    {
        Name = "SupportItemInput";
        Description = "A new support item (R04, R10, R14): what, how often, at what cost in whole pence, which needs and outcomes it serves, how it is arranged and who provides it.";
        SupportItemFields.Add(this, required: true);
    }
}
