using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.CheckIns;

public sealed class CheckInType : NodeGraphType<CheckIn>
{
    public CheckInType()
        : base("CheckIn", "R32: the Key Worker checked in with the person once their support was in place: how they are doing and whether changes are needed. Seen by those who may see the plan, except providers, planners and carers (R27, R33).", c => c.Id.Value)
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<DateType>("wasDueOn").Description("The day the scheduled check-in this one met was due; null when none was due (an extra check-in).").Resolve(c => c.Source.WasDueOn);
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When the Key Worker spoke with the person.").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<StringGraphType>>("howThePersonIsDoing").Description("How the person is doing, as the Key Worker recorded it.").Resolve(c => c.Source.HowThePersonIsDoing);
        Field<NonNullGraphType<BooleanGraphType>>("changesNeeded").Description("Whether changes to the person's support are needed.").Resolve(c => c.Source.ChangesNeeded);
        Field<ReviewRequestType>("reviewRequest").Description("R21: the review the Key Worker asked for in the same step, when changes are needed; null otherwise.")
            .Resolve()
            .WithService<ByIdLoader<ReviewRequest>>()
            .Resolve((c, requests) => c.Source.ReviewRequestId is { } id ? requests.Load(id) : null);
        Field<NonNullGraphType<StringGraphType>>("recordedByName").Description("Who recorded it.").Resolve(c => c.Source.RecordedByName);
        Field<NonNullGraphType<DateTimeType>>("recordedAt").Description("When it was recorded.").Resolve(c => c.Source.RecordedAt);
    }
}
