using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Delivers changes to the subscribers of this API instance, each into its own bounded queue. Every bus uses it for
/// the last step: the in-process bus calls it when a change is published here; a shared bus (Redis, issue
/// "Scale-out") calls it for each change it receives from any instance. It drops a change whose event id it delivered
/// recently: the outbox publishes each event once in normal operation, but a dispatcher that dies between publishing
/// and marking an event leaves it to be published again. Memory stays bounded: only the last
/// <see cref="PlanEventsOptions.DeduplicationWindow"/> ids are remembered.
/// </summary>
public sealed class PlanEventFanOut(IOptions<PlanEventsOptions> options)
{
    private readonly int _capacity = options.Value.SubscriberQueueCapacity;
    private readonly int _window = Math.Max(options.Value.DeduplicationWindow, 1);
    private readonly Lock _gate = new();
    private readonly Lock _seenGate = new();
    private readonly HashSet<Guid> _seen = [];
    private readonly Queue<Guid> _seenOrder = new();
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

    /// <summary>
    /// Queues the change for every subscriber it concerns, unless it was delivered already (false). Never waits for a
    /// subscriber.
    /// </summary>
    public bool Deliver(PlanStatusChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!FirstTime(change.EventId))
        {
            return false;
        }

        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Offer(change);
        }

        return true;
    }

    private bool FirstTime(Guid eventId)
    {
        lock (_seenGate)
        {
            if (!_seen.Add(eventId))
            {
                return false;
            }

            _seenOrder.Enqueue(eventId);
            if (_seenOrder.Count > _window)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }

            return true;
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
