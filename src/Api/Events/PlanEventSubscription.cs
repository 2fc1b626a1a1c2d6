using System.Threading.Channels;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// One subscriber's bounded queue of published changes. Writers never wait: a change that finds the queue full ends
/// the subscription, and the reader then gets a <see cref="PlanEventQueueOverflowException"/> after the changes it
/// had not yet read. Dispose it to stop listening.
/// </summary>
public sealed class PlanEventSubscription : IDisposable
{
    private readonly Channel<PlanStatusChanged> _queue;
    private readonly Action<PlanEventSubscription> _remove;
    private readonly int _capacity;
    private int _ended;

    internal PlanEventSubscription(Guid? planId, int capacity, Action<PlanEventSubscription> remove)
    {
        PlanId = planId;
        _capacity = capacity;
        _remove = remove;
        _queue = Channel.CreateBounded<PlanStatusChanged>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The plan this subscriber listens to, or null for every plan.</summary>
    public Guid? PlanId { get; }

    /// <summary>The changes, in the order they were published.</summary>
    public ChannelReader<PlanStatusChanged> Reader => _queue.Reader;

    /// <summary>True once the subscription has ended because its queue overflowed.</summary>
    public bool Overflowed { get; private set; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            _queue.Writer.TryComplete();
            _remove(this);
        }
    }

    /// <summary>Queues the change if it concerns this subscriber; never waits.</summary>
    internal void Offer(PlanStatusChanged change)
    {
        if (PlanId is { } planId && planId != change.PlanId)
        {
            return;
        }

        if (_queue.Writer.TryWrite(change) || Volatile.Read(ref _ended) == 1)
        {
            return;
        }

        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            Overflowed = true;
            _queue.Writer.TryComplete(PlanEventQueueOverflowException.For(_capacity));
            _remove(this);
        }
    }
}
