using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Advocacy;
using GraphQL.Types;

namespace CarePlanGraph.Api.Advocacy;

/// <summary>The person's request for an independent advocate [A], from the plan's advocacy record.</summary>
public sealed class AdvocateRequestType : ObjectGraphType<AdvocacyRecord>
{
    public AdvocateRequestType()
    {
        Name = "AdvocateRequest";
        Description = "The person (or someone acting for them) asked for an independent advocate [A]. It waits (`pending`) until the Key Worker refers them with `referToAdvocate`. "
            + "Seen by the person, those acting for them and the council; never by providers or planners (R27).";
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why they asked, in their words.").Resolve(c => c.Source.RequestReason);
        Field<NonNullGraphType<StringGraphType>>("requestedByName").Description("Who asked.").Resolve(c => c.Source.RequestedByName);
        Field<NonNullGraphType<ActorRoleType>>("requestedByRole").Description("The role they asked in: the person, or someone acting for them.").Resolve(c => c.Source.RequestedByRole);
        Field<NonNullGraphType<DateTimeType>>("requestedAt").Description("When they asked.").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<BooleanGraphType>>("pending").Description("True until the Key Worker refers the person to an advocate.").Resolve(c => c.Source.IsRequestPending);
        Field<DateTimeType>("fulfilledAt").Description("When the Key Worker referred the person in answer to the request.").Resolve(c => c.Source.RequestFulfilledAt);
    }
}
