using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanEventType : ObjectGraphType<PlanEvent>
{
    public PlanEventType()
    {
        Name = "PlanEvent";
        Description = "One entry in a plan's history: a status transition with who, when, from, to and why.";
        Field<NonNullGraphType<PlanEventKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The version it happened to.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<PlanStatusType>>("fromStatus").Description("The plan's status before.").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<PlanStatusType>>("toStatus").Description("The plan's status after.").Resolve(c => c.Source.ToStatus);
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When it happened.").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("Who did it.").Resolve(c => c.Source.ActorName);
        Field<NonNullGraphType<ActorRoleType>>("actorRole").Description("The role they acted in.").Resolve(c => c.Source.ActorRole);
        Field<StringGraphType>("reason").Description("Why, where there is a reason (e.g. a decline's reasons).").Policy(FieldPolicies.NotForProviders).Resolve(c => c.Source.Reason);
    }
}
