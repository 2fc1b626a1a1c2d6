using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Organisations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Organisations;

public sealed class OrganisationType : NodeGraphType<Organisation>
{
    public OrganisationType()
        : base("Organisation", "An organisation outside the council: a service provider, an independent support planner or an advocacy service.", o => o.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("handle").Description("A short stable handle, e.g. `prov-sunrise`.").Resolve(c => c.Source.Handle);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What the organisation does.").Resolve(c => c.Source.Kind);
    }
}
