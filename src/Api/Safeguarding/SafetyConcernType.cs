using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL.Types;

namespace CarePlanGraph.Api.Safeguarding;

public sealed class SafetyConcernType : NodeGraphType<SafetyConcern>
{
    public SafetyConcernType()
        : base("SafetyConcern", "A concern about a person's safety while setting up or receiving their support (R24). Seen by the council's safeguarding team only: never by providers, planners or anyone else, including whoever raised it.", c => c.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The reference the person who raised it was given.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<PersonType>>("person").Description("The person whose safety it concerns.")
            .Resolve()
            .WithService<ByIdLoader<Person>>()
            .Resolve((c, people) => people.Load(c.Source.PersonId));
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan it was raised about.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<NonNullGraphType<StringGraphType>>("concern").Description("The concern, in the words of whoever raised it.").Resolve(c => c.Source.Concern);
        Field<NonNullGraphType<StringGraphType>>("raisedByName").Description("Who raised it.").Resolve(c => c.Source.RaisedByName);
        Field<NonNullGraphType<ActorRoleType>>("raisedByRole").Description("The role they raised it in.").Resolve(c => c.Source.RaisedByRole);
        Field<NonNullGraphType<DateTimeType>>("raisedAt").Description("When it was raised.").Resolve(c => c.Source.RaisedAt);
        Field<NonNullGraphType<SafetyConcernStatusType>>("status").Description("Open or closed.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("outcome").Description("What the safeguarding team did, once closed.").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("closedByName").Description("Who closed it.").Resolve(c => c.Source.ClosedByName);
        Field<DateTimeType>("closedAt").Description("When it was closed.").Resolve(c => c.Source.ClosedAt);
    }
}
