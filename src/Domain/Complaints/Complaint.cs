using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>
/// A complaint to Customer Services about a decision on a person's plan (R17, R25) [A][CA SI 2009/309], made by the
/// person, someone representing them, or their advocate on their behalf. It is acknowledged within 3 working days
/// (overdue ones are flagged), then answered with conclusions, the actions the council will take, and the right to
/// take it to the Local Government and Social Care Ombudsman, then closed. A complaint made more than 12 months after
/// the matter is flagged: the council may still consider it, but need not. Never seen by providers or planners (R27).
/// </summary>
public sealed class Complaint : IPersonRecord, IPlanRecord
{
    /// <summary>Working days within which a complaint is acknowledged (SI 2009/309 reg. 13).</summary>
    public const int AcknowledgementWorkingDays = 3;

    /// <summary>Months after the matter within which a complaint is expected (SI 2009/309 reg. 12).</summary>
    public const int TimeLimitMonths = 12;

    public const int MaxTextLength = 4000;

    public const int MaxActionLength = 1000;

    public const int MaxActions = 50;

    /// <summary>The right to go to the Ombudsman, included in every response (SI 2009/309 reg. 14).</summary>
    public const string OmbudsmanInformation =
        "If you are not satisfied with this response, you can ask the Local Government and Social Care Ombudsman to look at your complaint. "
        + "The Ombudsman is independent and free to use: www.lgo.org.uk, telephone 0300 061 0614.";

    private readonly List<string> _actions = [];

    private Complaint()
    {
        About = string.Empty;
        Details = string.Empty;
        MadeBySubject = string.Empty;
        MadeByName = string.Empty;
    }

    private Complaint(CarePlan plan, ComplaintDetails details, DateOnly matterOccurredOn, DateOnly receivedOn, WorkingCalendar calendar, Actor actor, DateTimeOffset now)
    {
        Id = Id<Complaint>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        About = details.About.Trim();
        Details = details.Details.Trim();
        MatterOccurredOn = matterOccurredOn;
        MadeBySubject = actor.Subject;
        MadeByName = actor.Name;
        MadeByRole = actor.Role;
        ReceivedAt = now;
        ReceivedOn = receivedOn;
        AcknowledgementDue = calendar.AddWorkingDays(receivedOn, AcknowledgementWorkingDays);
        IsOutsideTimeLimit = receivedOn > matterOccurredOn.AddMonths(TimeLimitMonths);
        Status = ComplaintStatus.Received;
    }

    public Id<Complaint> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>What the complaint is about, in a line.</summary>
    public string About { get; private set; }

    public string Details { get; private set; }

    /// <summary>When the matter complained about happened.</summary>
    public DateOnly MatterOccurredOn { get; private set; }

    public string MadeBySubject { get; private set; }

    public string MadeByName { get; private set; }

    /// <summary>The person, a representative (<see cref="ActorRole.Helper"/>) or an advocate on their behalf.</summary>
    public ActorRole MadeByRole { get; private set; }

    /// <summary>True when someone else made it on the person's behalf.</summary>
    public bool MadeOnBehalfOfPerson => MadeByRole != ActorRole.Person;

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The last day it may be acknowledged on: the 3rd working day after it was received.</summary>
    public DateOnly AcknowledgementDue { get; private set; }

    /// <summary>Made more than 12 months after the matter.</summary>
    public bool IsOutsideTimeLimit { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public string? AcknowledgedByName { get; private set; }

    /// <summary>What Customer Services told the complainant when acknowledging it (how it will be handled, say).</summary>
    public string? AcknowledgementMessage { get; private set; }

    /// <summary>The conclusions of the response.</summary>
    public string? Conclusions { get; private set; }

    /// <summary>What the council will do as a result; may be empty.</summary>
    public IReadOnlyList<string> Actions => _actions;

    /// <summary>The right to go to the Ombudsman, as given in the response.</summary>
    public string? OmbudsmanAdvice { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedByName { get; private set; }

    public string? ClosingNote { get; private set; }

    /// <summary>Counts changes (optimistic concurrency).</summary>
    public int EditRevision { get; private set; }

    /// <summary>True when it was acknowledged after the 3rd working day.</summary>
    public bool AcknowledgedLate => AcknowledgedOn is { } on && on > AcknowledgementDue;

    /// <summary>
    /// R25: makes a complaint about the plan. The person, a representative or their advocate may; council staff and
    /// providers do not complain to the council about it. Received on the day of <paramref name="now"/>.
    /// </summary>
    public static Result<Complaint> Make(CarePlan plan, ComplaintDetails details, WorkingCalendar calendar, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.Helper or ActorRole.Advocate))
        {
            return Result<Complaint>.Fail(new ActorNotPermittedError(actor.Role, "make a complaint about a plan; the person, their representative or their advocate does"));
        }

        var receivedOn = DateOnly.FromDateTime(now.UtcDateTime);
        var matterOn = details.MatterOccurredOn ?? LatestDecisionDate(plan) ?? receivedOn;
        var errors = FreeText.Require(details.About, "about", ComplaintDetails.MaxAboutLength)
            .Concat(FreeText.Require(details.Details, "details", ComplaintDetails.MaxDetailsLength))
            .ToList();
        if (matterOn > receivedOn)
        {
            errors.Add(new MatterDateInFutureError(matterOn, receivedOn));
        }

        return errors.Count > 0
            ? Result<Complaint>.Fail(errors)
            : Result<Complaint>.Ok(new Complaint(plan, details, matterOn, receivedOn, calendar, actor, now));
    }

    /// <summary>True while it waits to be acknowledged after its due date.</summary>
    public bool IsAcknowledgementOverdue(DateOnly today) => Status == ComplaintStatus.Received && today > AcknowledgementDue;

    /// <summary>R25: Customer Services (or an administrator) acknowledges the complaint, optionally saying how it will be handled.</summary>
    public Result Acknowledge(string? message, Actor actor, DateTimeOffset now)
    {
        if (CheckHandling(actor, ComplaintStatus.Received, "be acknowledged") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (FreeText.Limit(message, "message", MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result.Fail(errors);
        }

        AcknowledgedAt = now;
        AcknowledgedOn = DateOnly.FromDateTime(now.UtcDateTime);
        AcknowledgedByName = actor.Name;
        AcknowledgementMessage = FreeText.TrimToNull(message);
        Status = ComplaintStatus.Acknowledged;
        EditRevision++;
        return Result.Success;
    }

    /// <summary>
    /// R25: Customer Services responds with its conclusions and the actions the council will take; the response always
    /// tells the complainant of their right to go to the Ombudsman.
    /// </summary>
    public Result Respond(string conclusions, IReadOnlyList<string> actions, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (CheckHandling(actor, ComplaintStatus.Acknowledged, "be responded to; acknowledge it first") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var present = actions.Where(FreeText.IsPresent).Select(a => a.Trim()).ToArray();
        var errors = FreeText.Require(conclusions, "conclusions", MaxTextLength).ToList();
        if (present.Length > MaxActions)
        {
            errors.Add(new TextTooLongError("actions", MaxActions, present.Length));
        }

        errors.AddRange(present.SelectMany(a => FreeText.Limit(a, "actions", MaxActionLength)).Take(1));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Conclusions = conclusions.Trim();
        _actions.Clear();
        _actions.AddRange(present);
        OmbudsmanAdvice = OmbudsmanInformation;
        RespondedAt = now;
        RespondedByName = actor.Name;
        Status = ComplaintStatus.Responded;
        EditRevision++;
        return Result.Success;
    }

    /// <summary>R25: Customer Services closes a complaint it has responded to.</summary>
    public Result Close(string? note, Actor actor, DateTimeOffset now)
    {
        if (CheckHandling(actor, ComplaintStatus.Responded, "be closed until it is responded to") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (FreeText.Limit(note, "note", MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result.Fail(errors);
        }

        ClosingNote = FreeText.TrimToNull(note);
        ClosedAt = now;
        ClosedByName = actor.Name;
        Status = ComplaintStatus.Closed;
        EditRevision++;
        return Result.Success;
    }

    private DomainError? CheckHandling(Actor actor, ComplaintStatus expected, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.CustomerServices or ActorRole.Administrator))
        {
            return new ActorNotPermittedError(actor.Role, "handle a complaint; Customer Services does");
        }

        return Status != expected ? new InvalidComplaintStateError(Status, action) : null;
    }

    private static DateOnly? LatestDecisionDate(CarePlan plan) =>
        plan.Versions.SelectMany(v => v.Decisions).MaxBy(d => d.DecidedAt) is { } decision
            ? DateOnly.FromDateTime(decision.DecidedAt.UtcDateTime)
            : null;
}
