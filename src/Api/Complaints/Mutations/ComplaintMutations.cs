using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

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
    }

    private static void AddMakeComplaint(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "makeComplaint",
                "Makes a complaint to Customer Services about a decision on a plan (R17, R25): by the person, someone representing them, or their advocate on their behalf. "
                + "It is to be acknowledged within 3 working days (`acknowledgementDue`; weekends and bank holidays do not count). A complaint made more than 12 months after the matter is flagged `outsideTimeLimit`. "
                + "Never seen by providers or planners.")
            .Input("The plan, what the complaint is about and when it happened.", input =>
            {
                PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("about").Description("What it is about, in a line, e.g. \"The decision not to agree my plan\". Required, at most 200 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("details").Description("The complaint, in your words. Required, at most 4,000 characters.");
                input.Field<DateType>("matterOccurredOn").Description("When the matter happened; not after today. Left out, the date of the plan's latest decision (or today).");
            })
            .Payload("The complaint made.", ComplaintField)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(MatterDateInFutureError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve((context, input) => Runner(context).OnPlanAsync(new Id<CarePlan>(input.Id("planId", "CarePlan")), PlanPermission.MakeComplaint, (command, _) =>
            {
                var calendar = context.RequestServices!.GetRequiredService<WorkingCalendar>();
                var details = new ComplaintDetails(input.Text("about") ?? string.Empty, input.Text("details") ?? string.Empty, input.Optional<DateOnly>("matterOccurredOn"));
                var result = Complaint.Make(command.Plan, details, calendar, command.Actor, command.Now);
                return Task.FromResult(Then(result, complaint =>
                {
                    command.Add(complaint);
                    return new ComplaintChange(command.Plan) { Complaint = complaint };
                }));
            }, context.CancellationToken));

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
            .Resolve((context, input) => OnComplaintAsync(context, input, (command, complaint) => complaint.Acknowledge(input.Text("message"), command.Actor, command.Now)));

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
            .Resolve((context, input) => OnComplaintAsync(context, input, (command, complaint) =>
                complaint.Respond(input.Text("conclusions") ?? string.Empty, input.Strings("actions"), command.Actor, command.Now)));

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
            .Resolve((context, input) => OnComplaintAsync(context, input, (command, complaint) => complaint.Close(input.Text("note"), command.Actor, command.Now)));

    private static void AddRequestResolutionMeeting(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "requestResolutionMeeting",
                "After the council did not agree the plan (or a revision), the person (or their representative or advocate) asks to meet all key staff to find a solution that meets their needs and the council's concerns (R17). "
                + "The Key Worker arranges it with `arrangeResolutionMeeting`.")
            .Input("The plan, and what to discuss.", input =>
            {
                PlanId(input);
                input.Field<StringGraphType>("whatToDiscuss").Description("What you want to discuss. At most 4,000 characters.");
            })
            .Payload("The meeting asked for.", MeetingField)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(NoDeclineToDiscussError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve((context, input) => Runner(context).OnPlanAsync(new Id<CarePlan>(input.Id("planId", "CarePlan")), PlanPermission.RequestResolutionMeeting, (command, _) =>
            {
                var result = ResolutionMeetingRequest.Create(command.Plan, input.Text("whatToDiscuss"), command.Actor, command.Now);
                return Task.FromResult(Then(result, meeting =>
                {
                    command.Add(meeting);
                    return new ComplaintChange(command.Plan) { Meeting = meeting };
                }));
            }, context.CancellationToken));

    private static void AddArrangeResolutionMeeting(ObjectGraphType mutation) =>
        mutation.Mutation<ComplaintChange>(
                "arrangeResolutionMeeting",
                "The Key Worker (or an administrator) sets the date and arrangements of a meeting with all key staff the person asked for (R17); arranging it again replaces them.")
            .Input("The request, the date and the arrangements.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("resolutionMeetingRequestId").Description("The request (`ResolutionMeetingRequest.id`).");
                input.Field<NonNullGraphType<DateType>>("meetingOn").Description("The day of the meeting, today or later.");
                input.Field<StringGraphType>("arrangements").Description("Who will attend and anything else the person should know. At most 4,000 characters.");
            })
            .Payload("The meeting arranged.", MeetingField)
            .Errors([typeof(ResolutionMeetingRequestNotFoundError), typeof(ActorNotPermittedError), typeof(MeetingDateInPastError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve(async (context, input) =>
            {
                var requestId = new Id<ResolutionMeetingRequest>(input.Id("resolutionMeetingRequestId", "ResolutionMeetingRequest"));
                var meetings = await context.RequestServices!.GetRequiredService<CaseworkScope>().ResolutionMeetingRequestsAsync(context.CancellationToken).ConfigureAwait(false);
                return await Runner(context).OnRecordAsync(
                    meetings.Where(m => m.Id == requestId),
                    m => m.PlanId,
                    new ResolutionMeetingRequestNotFoundError(requestId),
                    PlanPermission.ArrangeResolutionMeeting,
                    (command, meeting, _) =>
                    {
                        var result = meeting.Arrange(input.Value<DateOnly>("meetingOn"), input.Text("arrangements"), command.Actor, command.Now);
                        return Task.FromResult(Then(result, () => new ComplaintChange(command.Plan) { Meeting = meeting }));
                    },
                    context.CancellationToken).ConfigureAwait(false);
            });

    private static Type[] HandlingErrors =>
        [typeof(ComplaintNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidComplaintStateError), .. PlanErrorTypes.Text, typeof(EditConflictError)];

    private static void PlanId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan's global ID (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");

    private static void ComplaintId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("complaintId").Description("The complaint (`Complaint.id`). One you may not see is reported as `ComplaintNotFoundError`.");

    private static void ComplaintField(ObjectGraphType<MutationPayload<ComplaintChange>> payload) =>
        payload.Field<ComplaintType>("complaint").Description("The complaint after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Complaint);

    private static void MeetingField(ObjectGraphType<MutationPayload<ComplaintChange>> payload)
    {
        payload.Field<ResolutionMeetingRequestType>("resolutionMeetingRequest").Description("The request after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Meeting);
        payload.Field<Plans.CarePlanType>("plan").Description("The plan it is about; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
    }

    /// <summary>Runs a Customer Services command on the complaint named by the input's <c>complaintId</c>.</summary>
    private static async Task<MutationPayload<ComplaintChange>> OnComplaintAsync(IResolveFieldContext context, MutationInput input, Func<CaseworkCommand, Complaint, Result> command)
    {
        var complaintId = new Id<Complaint>(input.Id("complaintId", "Complaint"));
        var complaints = await context.RequestServices!.GetRequiredService<CaseworkScope>().ComplaintsAsync(context.CancellationToken).ConfigureAwait(false);
        return await Runner(context).OnRecordAsync(
            complaints.Where(c => c.Id == complaintId),
            c => c.PlanId,
            new ComplaintNotFoundError(complaintId),
            PlanPermission.HandleComplaint,
            (caseworkCommand, complaint, _) => Task.FromResult(Then(command(caseworkCommand, complaint), () => new ComplaintChange(caseworkCommand.Plan) { Complaint = complaint })),
            context.CancellationToken).ConfigureAwait(false);
    }

    private static CaseworkRunner Runner(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CaseworkRunner>();

    private static Result<ComplaintChange> Then(Result result, Func<ComplaintChange> change) =>
        result.Succeeded ? Result<ComplaintChange>.Ok(change()) : Result<ComplaintChange>.Fail(result.Errors);

    private static Result<ComplaintChange> Then<T>(Result<T> result, Func<T, ComplaintChange> change) =>
        result.Succeeded ? Result<ComplaintChange>.Ok(change(result.Value!)) : Result<ComplaintChange>.Fail(result.Errors);
}
