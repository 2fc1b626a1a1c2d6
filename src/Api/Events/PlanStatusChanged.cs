using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// A committed change of a plan's status, as it travels on the <see cref="IPlanEventBus"/>. Plain values only (no
/// entities, no tracked state), so that a bus between API instances can carry it as JSON unchanged.
/// </summary>
/// <param name="EventId">The <see cref="PlanEvent"/> the change was recorded as: one change, one event.</param>
/// <param name="PlanId">The plan that changed.</param>
/// <param name="Sequence">The event's position in the plan's history (1 is the plan's start); later changes have higher numbers.</param>
/// <param name="VersionNumber">The version the change happened to.</param>
/// <param name="Kind">What happened (submitted, agreed, declined …).</param>
/// <param name="FromStatus">The plan's status before.</param>
/// <param name="ToStatus">The plan's status after.</param>
/// <param name="ActorRole">The role of whoever made the change.</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Reason">Why, where the change has a reason (e.g. a decline's reasons).</param>
public sealed record PlanStatusChanged(
    Guid EventId,
    Guid PlanId,
    int Sequence,
    int VersionNumber,
    PlanEventKind Kind,
    PlanStatus FromStatus,
    PlanStatus ToStatus,
    ActorRole ActorRole,
    DateTimeOffset OccurredAt,
    string? Reason)
{
    /// <summary>The message for the plan's history entry at <paramref name="index"/> (0-based).</summary>
    public static PlanStatusChanged From(PlanEvent planEvent, int index)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        return new PlanStatusChanged(
            planEvent.Id.Value,
            planEvent.PlanId.Value,
            index + 1,
            planEvent.VersionNumber,
            planEvent.Kind,
            planEvent.FromStatus,
            planEvent.ToStatus,
            planEvent.ActorRole,
            planEvent.OccurredAt,
            planEvent.Reason);
    }
}
