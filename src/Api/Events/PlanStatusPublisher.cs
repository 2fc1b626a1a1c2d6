using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Publishes the status changes a committed save made to a plan: one message per history entry added in that save
/// whose status changed, in the order they were recorded.
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
            if (entry.FromStatus == entry.ToStatus)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Plan {PlanId}: its committed status change {EventId} could not be published to subscribers.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid planId, Guid eventId);
}
