using CarePlanGraph.Domain.Integrations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Integrations;

public sealed class IntegrationContactType : ObjectGraphType<IntegrationContact>
{
    public IntegrationContactType()
    {
        Name = "IntegrationContact";
        Description = "Someone the council contacts about an integration: its approval, a suspension, a change to the API.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("email").Description("Their email address.").Resolve(c => c.Source.Email);
    }
}

public sealed class IntegrationContactInputType : InputObjectGraphType
{
    public IntegrationContactInputType()
    {
        Name = "IntegrationContactInput";
        Description = "Someone the council can contact about the integration.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name. Required, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("email").Description("Their email address, e.g. someone@example.org.");
    }
}
