using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>
/// R17 [B]: after the council does not agree a plan, the person may ask to meet all key staff to find a solution
/// that meets their needs and the council's concerns. The Key Worker arranges it.
/// </summary>
public sealed class ResolutionMeetingRequest : IPersonRecord, IPlanRecord
{
    public const int MaxTextLength = 4000;

    public const int MaxAttendees = 50;

    private readonly List<ResolutionMeetingAttendee> _attendees = [];

    private ResolutionMeetingRequest()
    {
        RequestedBySubject = string.Empty;
        RequestedByName = string.Empty;
    }

    private ResolutionMeetingRequest(CarePlan plan, string? whatToDiscuss, Actor actor, DateTimeOffset now)
    {
        Id = Id<ResolutionMeetingRequest>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        VersionNumber = plan.CurrentVersion.Number;
        WhatToDiscuss = whatToDiscuss;
        RequestedBySubject = actor.Subject;
        RequestedByName = actor.Name;
        RequestedByRole = actor.Role;
        RequestedAt = now;
        Status = ResolutionMeetingStatus.Requested;
    }

    public Id<ResolutionMeetingRequest> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>The declined version the meeting is about.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>What the person wants to discuss, if they said.</summary>
    public string? WhatToDiscuss { get; private set; }

    public string RequestedBySubject { get; private set; }

    public string RequestedByName { get; private set; }

    public ActorRole RequestedByRole { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ResolutionMeetingStatus Status { get; private set; }

    public DateOnly? MeetingOn { get; private set; }

    /// <summary>Who will attend and anything else the person should know, as the Key Worker wrote it.</summary>
    public string? Arrangements { get; private set; }

    public string? ArrangedByName { get; private set; }

    /// <summary>The day the meeting took place, once recorded.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>Who came, and in what capacity [B]: "meet with all key staff".</summary>
    public IReadOnlyList<ResolutionMeetingAttendee> Attendees => _attendees;

    /// <summary>The solution found [B]: "to find a solution that will meet your needs" and the council's concerns.</summary>
    public string? Solution { get; private set; }

    public string? HeldRecordedByName { get; private set; }

    public DateTimeOffset? HeldRecordedAt { get; private set; }

    /// <summary>
    /// R17: the person (or their representative or advocate) asks to meet all key staff, while the plan's current
    /// version stands declined.
    /// </summary>
    public static Result<ResolutionMeetingRequest> Create(CarePlan plan, string? whatToDiscuss, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.Helper or ActorRole.Advocate))
        {
            return Result<ResolutionMeetingRequest>.Fail(new ActorNotPermittedError(actor.Role, "ask for a meeting with all key staff; the person (or someone acting for them) does"));
        }

        var version = plan.CurrentVersion;
        var errors = new List<DomainError>();
        if (plan.Status == PlanStatus.Ended || version.Status != VersionStatus.ChangesRequired || version.LatestDecision?.Outcome != DecisionOutcome.ChangesRequired)
        {
            errors.Add(new NoDeclineToDiscussError(version.Number, version.Status));
        }

        errors.AddRange(FreeText.Limit(whatToDiscuss, "whatToDiscuss", MaxTextLength));
        if (errors.Count > 0)
        {
            return Result<ResolutionMeetingRequest>.Fail(errors);
        }

        var request = new ResolutionMeetingRequest(plan, FreeText.TrimToNull(whatToDiscuss), actor, now);
        plan.NoteReviewEvent(PlanEventKind.ResolutionMeetingRequested, actor, now, "Asked to meet all key staff about the decision. The Key Worker will arrange it.");
        return Result<ResolutionMeetingRequest>.Ok(request);
    }

    /// <summary>R17: the Key Worker (or an administrator) sets the meeting's date and arrangements.</summary>
    public Result Arrange(DateOnly meetingOn, string? arrangements, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.CanDecidePlans())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "arrange a meeting with all key staff; the Key Worker does"));
        }

        if (Status == ResolutionMeetingStatus.Held)
        {
            return Result.Fail(new InvalidResolutionMeetingStateError(Status));
        }

        var errors = FreeText.Limit(arrangements, "arrangements", MaxTextLength).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (meetingOn < today)
        {
            errors.Add(new MeetingDateInPastError(meetingOn, today));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        MeetingOn = meetingOn;
        Arrangements = FreeText.TrimToNull(arrangements);
        ArrangedByName = actor.Name;
        Status = ResolutionMeetingStatus.Arranged;
        return Result.Success;
    }

    /// <summary>
    /// R17 [B]: the Key Worker (or an administrator) records that the arranged meeting took place: the day (not after
    /// today), who came (at least one, each with a name and role) and the solution found. Recorded once; the request is
    /// then HELD, and the plan's history notes that the meeting was held (without what was said: providers see history).
    /// </summary>
    public Result RecordHeld(CarePlan plan, DateOnly heldOn, IReadOnlyList<ResolutionMeetingAttendee> attendees, string solution, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(actor);
        if (plan.Id != PlanId)
        {
            throw new ArgumentException("The meeting request belongs to another plan.", nameof(plan));
        }

        if (!actor.Role.CanDecidePlans())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "record that a meeting with all key staff was held; the Key Worker does"));
        }

        if (Status != ResolutionMeetingStatus.Arranged)
        {
            return Result.Fail(new InvalidResolutionMeetingStateError(Status));
        }

        var errors = new List<DomainError>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (heldOn > today)
        {
            errors.Add(new MeetingHeldInFutureError(heldOn, today));
        }

        if (attendees.Count == 0)
        {
            errors.Add(new NoAttendeesError());
        }
        else if (attendees.Count > MaxAttendees)
        {
            errors.Add(new TextTooLongError("attendees", MaxAttendees, attendees.Count));
        }
        else
        {
            for (var i = 0; i < attendees.Count; i++)
            {
                errors.AddRange(FreeText.Require(attendees[i].Name, $"attendees[{i}].name", ResolutionMeetingAttendee.MaxLength));
                errors.AddRange(FreeText.Require(attendees[i].Role, $"attendees[{i}].role", ResolutionMeetingAttendee.MaxLength));
            }
        }

        errors.AddRange(FreeText.Require(solution, "solution", MaxTextLength));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        HeldOn = heldOn;
        _attendees.Clear();
        _attendees.AddRange(attendees.Select(a => new ResolutionMeetingAttendee(a.Name.Trim(), a.Role.Trim())));
        Solution = solution.Trim();
        HeldRecordedByName = actor.Name;
        HeldRecordedAt = now;
        Status = ResolutionMeetingStatus.Held;
        plan.NoteReviewEvent(PlanEventKind.ResolutionMeetingHeld, actor, now, $"Met all key staff about the decision on {heldOn:yyyy-MM-dd}.");
        return Result.Success;
    }
}
