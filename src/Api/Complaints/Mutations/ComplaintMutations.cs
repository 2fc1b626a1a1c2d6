using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Mutations;

/// <summary>Complaints to Customer Services (R25) and asking to meet all key staff after a decline (R17).</summary>
public static class ComplaintMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AddMakeComplaint(mutation);
        AddAcknowledgeComplaint(mutation);
        AddRespondToComplaint(mutation);
        AddCloseComplaint(mutation);
        AddRequestResolutionMeeting(mutation);
        AddArrangeResolutionMeeting(mutation);
        AddRecordResolutionMeeting(mutation);
    }

    private static void AddMakeComplaint(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "makeComplaint",
                "Makes a complaint to Customer Services about a decision on a plan (R17, R25): by the person, someone representing them, or their advocate on their behalf. "
                + "It is to be acknowledged within 3 working days (`acknowledgementDue`; weekends and bank holidays do not count). A complaint made more than 12 months after the matter is flagged `outsideTimeLimit`. "
                + "Never seen by providers or planners.")
            .Input("The plan, what the complaint is about and when it happened.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("about").Description("What it is about, in a line, e.g. \"The decision not to agree my plan\". Required, at most 200 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("details").Description("The complaint, in your words. Required, at most 4,000 characters.");
                input.Field<DateType>("matterOccurredOn").Description("When the matter happened; not after today. Left out, the date of the plan's latest decision (or today).");
            })
            .Payload("The complaint made.", ComplaintField)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(MatterDateInFutureError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<MakeComplaintInput, ChangeRunner, WorkingCalendar>((runner, calendar, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.MakeComplaint, null, change =>
                Complaint.Make(change.Plan, new ComplaintDetails(input.About, input.Details, input.MatterOccurredOn), calendar, change.Actor, change.Now).Map(complaint =>
                {
                    change.Add(complaint);
                    return new ComplaintChange(change.Plan) { Complaint = complaint };
                }),
                cancellationToken));

    private static void AddAcknowledgeComplaint(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "acknowledgeComplaint",
                "Customer Services (or an administrator) acknowledges a RECEIVED complaint (R25), due by the 3rd working day after it was received; later is allowed and flagged `acknowledgedLate`.")
            .Input("The complaint, and anything to tell the complainant.", input =>
            {
                ComplaintId(input);
                input.Field<StringGraphType>("message").Description("What to tell the complainant, e.g. how the complaint will be handled and when to expect a response. At most 4,000 characters.");
            })
            .Payload("The complaint acknowledged.", ComplaintField)
            .Errors(HandlingErrors)
            .Resolve<AcknowledgeComplaintInput, ChangeRunner>((runner, input, cancellationToken) =>
                OnComplaintAsync(runner, input.ComplaintId, (change, complaint) => complaint.Acknowledge(input.Message, change.Actor, change.Now), cancellationToken));

    private static void AddRespondToComplaint(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "respondToComplaint",
                "Customer Services (or an administrator) responds to an ACKNOWLEDGED complaint (R25) with its conclusions and the actions the council will take. "
                + "The response always tells the complainant of their right to take the complaint to the Local Government and Social Care Ombudsman (`ombudsmanAdvice`).")
            .Input("The complaint, the conclusions and the actions.", input =>
            {
                ComplaintId(input);
                input.Field<NonNullGraphType<StringGraphType>>("conclusions").Description("What Customer Services concluded. Required, at most 4,000 characters.");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actions").Description("What the council will do as a result, one per entry (at most 50, each at most 1,000 characters); may be empty.");
            })
            .Payload("The complaint responded to.", ComplaintField)
            .Errors(HandlingErrors)
            .Resolve<RespondToComplaintInput, ChangeRunner>((runner, input, cancellationToken) =>
                OnComplaintAsync(runner, input.ComplaintId, (change, complaint) => complaint.Respond(input.Conclusions, input.Actions, change.Actor, change.Now), cancellationToken));

    private static void AddCloseComplaint(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "closeComplaint",
                "Customer Services (or an administrator) closes a complaint it has RESPONDED to (R25).")
            .Input("The complaint, and a note.", input =>
            {
                ComplaintId(input);
                input.Field<StringGraphType>("note").Description("A note for the record. At most 4,000 characters.");
            })
            .Payload("The complaint closed.", ComplaintField)
            .Errors(HandlingErrors)
            .Resolve<CloseComplaintInput, ChangeRunner>((runner, input, cancellationToken) =>
                OnComplaintAsync(runner, input.ComplaintId, (change, complaint) => complaint.Close(input.Note, change.Actor, change.Now), cancellationToken));

    private static void AddRequestResolutionMeeting(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "requestResolutionMeeting",
                "After the council did not agree the plan (or a revision), the person (or their representative or advocate) asks to meet all key staff to find a solution that meets their needs and the council's concerns (R17). "
                + "The Key Worker arranges it with `arrangeResolutionMeeting`.")
            .Input("The plan, and what to discuss.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<StringGraphType>("whatToDiscuss").Description("What you want to discuss. At most 4,000 characters.");
            })
            .Payload("The meeting asked for.", MeetingField)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(NoDeclineToDiscussError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RequestResolutionMeetingInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RequestResolutionMeeting, null, change =>
                ResolutionMeetingRequest.Create(change.Plan, input.WhatToDiscuss, change.Actor, change.Now).Map(meeting =>
                {
                    change.Add(meeting);
                    return new ComplaintChange(change.Plan) { Meeting = meeting };
                }),
                cancellationToken));

    private static void AddArrangeResolutionMeeting(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "arrangeResolutionMeeting",
                "The Key Worker (or an administrator) sets the date and arrangements of a meeting with all key staff the person asked for (R17); arranging it again replaces them, until it is recorded as held.")
            .Input("The request, the date and the arrangements.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("resolutionMeetingRequestId").Description("The request (`ResolutionMeetingRequest.id`).");
                input.Field<NonNullGraphType<DateType>>("meetingOn").Description("The day of the meeting, today or later.");
                input.Field<StringGraphType>("arrangements").Description("Who will attend and anything else the person should know. At most 4,000 characters.");
            })
            .Payload("The meeting arranged.", MeetingField)
            .Errors([typeof(ResolutionMeetingRequestNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidResolutionMeetingStateError), typeof(MeetingDateInPastError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<ArrangeResolutionMeetingInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnRecordAsync(
                (scope, token) => scope.ResolutionMeetingRequestsAsync(token),
                m => m.Id == input.ResolutionMeetingRequestId,
                new ResolutionMeetingRequestNotFoundError(input.ResolutionMeetingRequestId),
                PlanPermission.ArrangeResolutionMeeting,
                (change, meeting, _) => Task.FromResult(meeting.Arrange(input.MeetingOn, input.Arrangements, change.Actor, change.Now)
                    .Map(() => new ComplaintChange(change.Plan) { Meeting = meeting })),
                cancellationToken));

    private static void AddRecordResolutionMeeting(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "recordResolutionMeeting",
                "The Key Worker (or an administrator) records that an ARRANGED meeting with all key staff took place (R17): the day, who came and the solution found. "
                + "The request becomes HELD; it is recorded once. The plan's history notes that the meeting was held, without what was said. Seen by whoever sees the request (never providers or planners).")
            .Input("The request, when it was held, who came and the solution found.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("resolutionMeetingRequestId").Description("The request (`ResolutionMeetingRequest.id`). One you may not see is reported as `ResolutionMeetingRequestNotFoundError`.");
                input.Field<NonNullGraphType<DateType>>("heldOn").Description("The day the meeting took place; today or earlier.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionMeetingAttendeeInputType>>>>("attendees").Description("Who came, each with their role; at least one, at most 50.");
                input.Field<NonNullGraphType<StringGraphType>>("solution").Description("The solution found, meeting the person's needs and the council's concerns. Required, at most 4,000 characters.");
            })
            .Payload("The meeting recorded as held.", MeetingField)
            .Errors([typeof(ResolutionMeetingRequestNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidResolutionMeetingStateError), typeof(MeetingHeldInFutureError), typeof(NoAttendeesError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RecordResolutionMeetingInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnRecordAsync(
                (scope, token) => scope.ResolutionMeetingRequestsAsync(token),
                m => m.Id == input.ResolutionMeetingRequestId,
                new ResolutionMeetingRequestNotFoundError(input.ResolutionMeetingRequestId),
                PlanPermission.RecordResolutionMeeting,
                (change, meeting, _) => Task.FromResult(meeting.RecordHeld(change.Plan, input.HeldOn, input.Attendees.Select(a => new ResolutionMeetingAttendee(a.Name, a.Role)).ToList(), input.Solution, change.Actor, change.Now)
                    .Map(() => new ComplaintChange(change.Plan) { Meeting = meeting })),
                cancellationToken));

    private static Type[] HandlingErrors =>
        [typeof(ComplaintNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidComplaintStateError), .. PlanErrorTypes.Text, typeof(EditConflictError)];

    private static void ComplaintId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("complaintId").Description("The complaint (`Complaint.id`). One you may not see is reported as `ComplaintNotFoundError`.");

    private static void ComplaintField(ObjectGraphType<MutationPayload<ComplaintChange>> payload) =>
        payload.Field<ComplaintType>("complaint").Description("The complaint after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Complaint);

    private static void MeetingField(ObjectGraphType<MutationPayload<ComplaintChange>> payload)
    {
        payload.Field<ResolutionMeetingRequestType>("resolutionMeetingRequest").Description("The request after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Meeting);
        payload.Field<Plans.CarePlanType>("plan").Description("The plan it is about; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
    }

    /// <summary>Runs a Customer Services command on the complaint <paramref name="complaintId"/>, found among those the caller may see.</summary>
    private static Task<MutationPayload<ComplaintChange>> OnComplaintAsync(
        ChangeRunner runner,
        Id<Complaint> complaintId,
        Func<ChangeContext, Complaint, Result> command,
        CancellationToken cancellationToken) =>
        runner.OnRecordAsync(
            (scope, token) => scope.ComplaintsAsync(token),
            c => c.Id == complaintId,
            new ComplaintNotFoundError(complaintId),
            PlanPermission.HandleComplaint,
            (change, complaint, _) => Task.FromResult(command(change, complaint).Map(() => new ComplaintChange(change.Plan) { Complaint = complaint })),
            cancellationToken);
}

public sealed record MakeComplaintInput(Id<CarePlan> PlanId, string About, string Details, DateOnly? MatterOccurredOn);

public sealed record AcknowledgeComplaintInput(Id<Complaint> ComplaintId, string? Message);

public sealed record RespondToComplaintInput(Id<Complaint> ComplaintId, string Conclusions, IReadOnlyList<string> Actions);

public sealed record CloseComplaintInput(Id<Complaint> ComplaintId, string? Note);

public sealed record RequestResolutionMeetingInput(Id<CarePlan> PlanId, string? WhatToDiscuss);

public sealed record ArrangeResolutionMeetingInput(Id<ResolutionMeetingRequest> ResolutionMeetingRequestId, DateOnly MeetingOn, string? Arrangements);

public sealed record RecordResolutionMeetingInput(Id<ResolutionMeetingRequest> ResolutionMeetingRequestId, DateOnly HeldOn, IReadOnlyList<ResolutionMeetingAttendeeInput> Attendees, string Solution);

public sealed record ResolutionMeetingAttendeeInput(string Name, string Role);
