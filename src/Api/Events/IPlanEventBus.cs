namespace CarePlanGraph.Api.Events;

/// <summary>
/// Carries committed plan status changes from the request that made them to every subscriber, on this API instance
/// or (with a shared bus) on any instance. Publishing never waits for subscribers: each subscriber has its own bounded
/// queue (see <see cref="PlanEventSubscription"/>), so a slow one cannot hold up the others or the publisher.
/// </summary>
public interface IPlanEventBus
{
    /// <summary>
    /// Publishes a change. Only the <see cref="OutboxDispatcher"/> calls it, after the change is committed, in the order
    /// the changes were made. Subscribers of one instance receive each plan's changes in the order they were published,
    /// each event once (a repeat of a recent event id is dropped). Throws when the change could not be sent; the
    /// dispatcher then keeps it and tries again.
    /// </summary>
    ValueTask PublishAsync(PlanStatusChanged change, CancellationToken cancellationToken);

    /// <summary>
    /// Starts listening: every change published from now on (to the plan <paramref name="planId"/> only, when given)
    /// is queued for the subscriber until it reads it. Dispose the subscription to stop listening.
    /// The caller decides what its subscriber may see; the bus does not.
    /// </summary>
    PlanEventSubscription Subscribe(Guid? planId);
}
