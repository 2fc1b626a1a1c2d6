using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Publishes the status changes a committed save made to a plan: one message per history entry added in that save
/// whose status changed, in the order they were recorded; and every decision on a version (agreed, declined), even one
/// that leaves the status as it was (a revision of an ACTIVE plan agreed or declined, R18), and a revision withdrawn,
/// so subscribers hear of it.
/// </summary>
public sealed partial class PlanStatusPublisher(IPlanEventBus bus, ILogger<PlanStatusPublisher> logger)
{
    /// <summary>
    /// Call after SaveChanges succeeded, with the number of history entries the plan had before the command ran.
    /// The change is committed whatever happens here: a bus failure is logged, never thrown back at the caller.
    /// </summary>
    public async Task PublishCommittedAsync(CarePlan plan, int historyCountBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var history = plan.History;
        for (var index = Math.Max(historyCountBefore, 0); index < history.Count; index++)
        {
            var entry = history[index];
            if (!IsPublished(entry))
            {
                continue;
            }

            try
            {
                await bus.PublishAsync(PlanStatusChanged.From(entry, index), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPublishFailed(logger, exception, plan.Id.Value, entry.Id.Value);
            }
        }
    }

    /// <summary>A change of status, or a decision on a version whatever it did to the status.</summary>
    internal static bool IsPublished(PlanEvent entry) =>
        entry.FromStatus != entry.ToStatus || entry.Kind is PlanEventKind.Agreed or PlanEventKind.Declined or PlanEventKind.RevisionWithdrawn;

    [LoggerMessage(Level = LogLevel.Error, Message = "Plan {PlanId}: its committed status change {EventId} could not be published to subscribers.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid planId, Guid eventId);
}
