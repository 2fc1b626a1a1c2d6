namespace CarePlanGraph.Api.Events;

/// <summary>
/// The embedded default: changes published on this API instance reach the subscribers of this instance, before
/// <see cref="PublishAsync"/> returns. Enough for one instance; several instances need a shared bus.
/// </summary>
public sealed class InProcessPlanEventBus(PlanEventFanOut fanOut) : IPlanEventBus
{
    public ValueTask PublishAsync(PlanStatusChanged change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = fanOut.Deliver(change);
        return ValueTask.CompletedTask;
    }

    public PlanEventSubscription Subscribe(Guid? planId) => fanOut.Subscribe(planId);
}
