using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>One entry in a plan's history: every status transition, with who, when, from, to and why (R07).</summary>
public sealed class PlanEvent
{
    /// <summary>The most characters a reason given for a transition (ending a plan, say) may hold.</summary>
    public const int MaxReasonLength = 4000;

    private PlanEvent()
    {
        ActorSubject = string.Empty;
        ActorName = string.Empty;
    }

    internal PlanEvent(Id<CarePlan> planId, int versionNumber, PlanEventKind kind, PlanStatus from, PlanStatus to, Actor actor, DateTimeOffset occurredAt, string? reason)
    {
        Id = Id<PlanEvent>.New();
        PlanId = planId;
        VersionNumber = versionNumber;
        Kind = kind;
        FromStatus = from;
        ToStatus = to;
        ActorSubject = actor.Subject;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        OccurredAt = occurredAt;
        Reason = reason;
    }

    public Id<PlanEvent> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public int VersionNumber { get; private set; }

    public PlanEventKind Kind { get; private set; }

    public PlanStatus FromStatus { get; private set; }

    public PlanStatus ToStatus { get; private set; }

    public string ActorSubject { get; private set; }

    public string ActorName { get; private set; }

    public ActorRole ActorRole { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? Reason { get; private set; }
}
