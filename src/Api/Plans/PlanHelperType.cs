using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanHelperType : ObjectGraphType<PlanHelper>
{
    public const string TypeName = "PlanHelper";

    public PlanHelperType()
    {
        Name = TypeName;
        Description = "Someone who helped the person write this version of their plan (R06, R13). Recording a helper means the person must confirm that the decisions are their own before agreement.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The helper's ID on this version; pass it to `removePlanHelper`. A revision copies helpers with new IDs.").Resolve(c => NodeId.Encode(TypeName, c.Source.Id.Value));
        Field<NonNullGraphType<HelperKindType>>("kind").Description("What kind of helper.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The helper's name, as the person knows them.").Resolve(c => c.Source.Name);
        Field<OrganisationType>("organisation")
            .Description("The organisation they help from, if any (always set for an independent support planner).")
            .Resolve()
            .WithService<ByIdLoader<Organisation>>()
            .Resolve((c, organisations) => c.Source.OrganisationId is { } id ? organisations.Load(id) : null);
        Field<NonNullGraphType<DateTimeType>>("addedAt").Description("When the helper was recorded.").Resolve(c => c.Source.AddedAt);
    }
}
