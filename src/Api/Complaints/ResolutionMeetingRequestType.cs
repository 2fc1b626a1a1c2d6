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

public sealed class ResolutionMeetingRequestType : NodeGraphType<ResolutionMeetingRequest>
{
    public ResolutionMeetingRequestType()
        : base("ResolutionMeetingRequest", "R17: after the council did not agree a plan, the person asked to meet all key staff, to find a solution that meets their needs and the council's concerns. Not for providers or planners.", r => r.Id.Value)
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The declined version the meeting is about.").Resolve(c => c.Source.VersionNumber);
        Field<StringGraphType>("whatToDiscuss").Description("What the person wants to discuss, if they said.").Resolve(c => c.Source.WhatToDiscuss);
        Field<NonNullGraphType<StringGraphType>>("requestedByName").Description("Who asked.").Resolve(c => c.Source.RequestedByName);
        Field<NonNullGraphType<ActorRoleType>>("requestedByRole").Description("The role they asked in.").Resolve(c => c.Source.RequestedByRole);
        Field<NonNullGraphType<DateTimeType>>("requestedAt").Description("When they asked.").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<ResolutionMeetingStatusType>>("status").Description("Requested, arranged or held.").Resolve(c => c.Source.Status);
        Field<DateType>("meetingOn").Description("The day of the meeting, once arranged.").Resolve(c => c.Source.MeetingOn);
        Field<StringGraphType>("arrangements").Description("Who will attend and anything else the person should know.").Resolve(c => c.Source.Arrangements);
        Field<StringGraphType>("arrangedByName").Description("Who arranged it.").Resolve(c => c.Source.ArrangedByName);
        Field<DateType>("heldOn").Description("The day the meeting took place, once recorded (status HELD).").Resolve(c => c.Source.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionMeetingAttendeeType>>>>("attendees").Description("Who came, and in what capacity; empty until the meeting is recorded as held.").Resolve(c => c.Source.Attendees);
        Field<StringGraphType>("solution").Description("The solution found at the meeting, meeting the person's needs and the council's concerns; null until recorded.").Resolve(c => c.Source.Solution);
        Field<StringGraphType>("heldRecordedByName").Description("Who recorded that the meeting was held.").Resolve(c => c.Source.HeldRecordedByName);
        Field<DateTimeType>("heldRecordedAt").Description("When they recorded it.").Resolve(c => c.Source.HeldRecordedAt);
    }
}
