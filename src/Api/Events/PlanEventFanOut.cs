using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Delivers changes to the subscribers of this API instance, each into its own bounded queue. Every bus uses it for
/// the last step: the in-process bus calls it when a change is published here; a shared bus (Redis, issue
/// "Scale-out") calls it for each change it receives from any instance.
/// </summary>
public sealed class PlanEventFanOut(IOptions<PlanEventsOptions> options)
{
    private readonly int _capacity = options.Value.SubscriberQueueCapacity;
    private readonly Lock _gate = new();
    private PlanEventSubscription[] _subscribers = [];

    /// <summary>How many subscribers are listening on this instance.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>Adds a subscriber; see <see cref="IPlanEventBus.Subscribe"/>.</summary>
    public PlanEventSubscription Subscribe(Guid? planId)
    {
        var subscription = new PlanEventSubscription(planId, _capacity, Remove);
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscription];
        }

        return subscription;
    }

    /// <summary>Queues the change for every subscriber it concerns. Never waits for a subscriber.</summary>
    public void Deliver(PlanStatusChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Offer(change);
        }
    }

    private void Remove(PlanEventSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, other => !ReferenceEquals(other, subscription));
        }
    }
}
