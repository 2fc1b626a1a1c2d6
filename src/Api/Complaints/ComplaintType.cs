using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints;

public sealed class ComplaintType : NodeGraphType<Complaint>
{
    public ComplaintType()
        : base("Complaint", "A complaint to Customer Services about a decision on a person's plan (R17, R25), by the person, a representative or their advocate. Acknowledged within 3 working days, answered with conclusions, actions and the right to go to the Ombudsman, then closed. Never seen by providers or planners (R27).", c => c.Id.Value)
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan the complaint is about.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<NonNullGraphType<StringGraphType>>("about").Description("What it is about, in a line.").Resolve(c => c.Source.About);
        Field<NonNullGraphType<StringGraphType>>("details").Description("The complaint, in the complainant's words.").Resolve(c => c.Source.Details);
        Field<NonNullGraphType<DateType>>("matterOccurredOn").Description("When the matter complained about happened.").Resolve(c => c.Source.MatterOccurredOn);
        Field<NonNullGraphType<BooleanGraphType>>("outsideTimeLimit").Description("Made more than 12 months after the matter: the council may still consider it, but need not.").Resolve(c => c.Source.IsOutsideTimeLimit);
        Field<NonNullGraphType<StringGraphType>>("madeByName").Description("Who made it.").Resolve(c => c.Source.MadeByName);
        Field<NonNullGraphType<ActorRoleType>>("madeByRole").Description("The role they made it in: the person, a representative (HELPER) or an advocate.").Resolve(c => c.Source.MadeByRole);
        Field<NonNullGraphType<BooleanGraphType>>("madeOnBehalfOfPerson").Description("True when someone made it on the person's behalf.").Resolve(c => c.Source.MadeOnBehalfOfPerson);
        Field<NonNullGraphType<DateTimeType>>("receivedAt").Description("When Customer Services received it.").Resolve(c => c.Source.ReceivedAt);
        Field<NonNullGraphType<ComplaintStatusType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateType>>("acknowledgementDue").Description("The last day to acknowledge it: the 3rd working day after it was received, weekends and bank holidays excluded.").Resolve(c => c.Source.AcknowledgementDue);
        Field<NonNullGraphType<BooleanGraphType>>("acknowledgementOverdue").Description("True while it waits to be acknowledged after `acknowledgementDue`.")
            .Resolve()
            .WithService<TimeProvider>()
            .Resolve((c, time) => c.Source.IsAcknowledgementOverdue(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        Field<DateTimeType>("acknowledgedAt").Description("When it was acknowledged.").Resolve(c => c.Source.AcknowledgedAt);
        Field<StringGraphType>("acknowledgedByName").Description("Who acknowledged it.").Resolve(c => c.Source.AcknowledgedByName);
        Field<StringGraphType>("acknowledgementMessage").Description("What the complainant was told when it was acknowledged, if anything beyond the acknowledgement.").Resolve(c => c.Source.AcknowledgementMessage);
        Field<NonNullGraphType<BooleanGraphType>>("acknowledgedLate").Description("True when it was acknowledged after `acknowledgementDue`.").Resolve(c => c.Source.AcknowledgedLate);
        Field<StringGraphType>("conclusions").Description("The response's conclusions.").Resolve(c => c.Source.Conclusions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actions").Description("What the council will do as a result; empty until responded, and possibly after.").Resolve(c => c.Source.Actions);
        Field<StringGraphType>("ombudsmanAdvice").Description("The right to take the complaint to the Local Government and Social Care Ombudsman, as given in the response.").Resolve(c => c.Source.OmbudsmanAdvice);
        Field<DateTimeType>("respondedAt").Description("When it was responded to.").Resolve(c => c.Source.RespondedAt);
        Field<StringGraphType>("respondedByName").Description("Who responded.").Resolve(c => c.Source.RespondedByName);
        Field<DateTimeType>("closedAt").Description("When it was closed.").Resolve(c => c.Source.ClosedAt);
        Field<StringGraphType>("closedByName").Description("Who closed it.").Resolve(c => c.Source.ClosedByName);
        Field<StringGraphType>("closingNote").Description("A note made on closing, if any.").Resolve(c => c.Source.ClosingNote);
    }
}
