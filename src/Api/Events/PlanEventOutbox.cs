using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Writes the events a change makes into the outbox, before the change's <c>SaveChanges</c>, so both are committed
/// together or not at all: one row per history entry added to the plan whose status changed, in the order they were
/// recorded; and every decision on a version (agreed, declined), even one that leaves the status as it was (a
/// revision of an ACTIVE plan agreed or declined, R18), and a revision withdrawn, so subscribers hear of it.
/// </summary>
public sealed class PlanEventOutbox(CarePlanDbContext db, TimeProvider time)
{
    /// <summary>Adds the rows for the entries <paramref name="plan"/> gained after its first <paramref name="historyCountBefore"/>.</summary>
    public void Enqueue(CarePlan plan, int historyCountBefore)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var history = plan.History;
        for (var index = Math.Max(historyCountBefore, 0); index < history.Count; index++)
        {
            if (IsPublished(history[index]))
            {
                db.Set<OutboxMessage>().Add(OutboxMessage.For(PlanStatusChanged.From(history[index], index), time.GetUtcNow()));
            }
        }
    }

    /// <summary>A change of status, or a decision on a version whatever it did to the status.</summary>
    internal static bool IsPublished(PlanEvent entry) =>
        entry.FromStatus != entry.ToStatus || entry.Kind is PlanEventKind.Agreed or PlanEventKind.Declined or PlanEventKind.RevisionWithdrawn;
}
