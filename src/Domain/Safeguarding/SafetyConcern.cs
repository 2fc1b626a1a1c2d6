using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Safeguarding;

/// <summary>
/// A concern about a person's safety while setting up or receiving their support (R24) [A]: anyone with access to
/// their plan, or the person, raises it; it goes to the council's safeguarding team and nobody else (never providers
/// or planners, R27), and the person who raised it gets an acknowledgement with a reference. It is kept off the plan
/// and its history, which others see.
/// </summary>
public sealed class SafetyConcern : IPersonRecord, IPlanRecord
{
    public const int MaxTextLength = 4000;

    private const string AcknowledgementText =
        "Thank you for telling us. Your concern has gone to the council's safeguarding team, who will look into it and may contact you. "
        + "If someone is in immediate danger, call 999.";

    private SafetyConcern()
    {
        Concern = string.Empty;
        RaisedBySubject = string.Empty;
        RaisedByName = string.Empty;
    }

    private SafetyConcern(CarePlan plan, string concern, Actor actor, DateTimeOffset now)
    {
        Id = Id<SafetyConcern>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        Concern = concern;
        RaisedBySubject = actor.Subject;
        RaisedByName = actor.Name;
        RaisedByRole = actor.Role;
        RaisedAt = now;
        Status = SafetyConcernStatus.Open;
    }

    public Id<SafetyConcern> Id { get; private set; }

    /// <summary>A short reference the person who raised it can quote.</summary>
    public string Reference => "SC-" + Id.Value.ToString("N")[^8..].ToUpperInvariant();

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>What the concern is, in the words of whoever raised it.</summary>
    public string Concern { get; private set; }

    public string RaisedBySubject { get; private set; }

    public string RaisedByName { get; private set; }

    public ActorRole RaisedByRole { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public SafetyConcernStatus Status { get; private set; }

    /// <summary>What the safeguarding team did, once closed.</summary>
    public string? Outcome { get; private set; }

    public string? ClosedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>What the person who raised it is told.</summary>
    public SafetyConcernAcknowledgement Acknowledgement => new(Reference, RaisedAt, AcknowledgementText);

    /// <summary>
    /// R24: raises a concern about the safety of the person whose plan this is. Anyone may, in any role; the caller
    /// must be able to see the plan (the API checks), and the plan may be in any status.
    /// </summary>
    public static Result<SafetyConcern> Raise(CarePlan plan, string concern, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (FreeText.Require(concern, "concern", MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result<SafetyConcern>.Fail(errors);
        }

        return Result<SafetyConcern>.Ok(new SafetyConcern(plan, concern.Trim(), actor, now));
    }

    /// <summary>R24: a member of the safeguarding team closes the concern, recording what was done.</summary>
    public Result Close(string outcome, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.Safeguarding)
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "close a safety concern; the safeguarding team does"));
        }

        if (Status == SafetyConcernStatus.Closed)
        {
            return Result.Fail(new SafetyConcernClosedError(Reference, ClosedAt!.Value));
        }

        if (FreeText.Require(outcome, "outcome", MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result.Fail(errors);
        }

        Outcome = outcome.Trim();
        ClosedByName = actor.Name;
        ClosedAt = now;
        Status = SafetyConcernStatus.Closed;
        return Result.Success;
    }
}
