using CarePlanGraph.Api.Events;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>The in-process bus: order, filtering, and the bounded queue that keeps one slow subscriber from hurting others.</summary>
public sealed class PlanEventBusTests
{
    private static readonly Guid PlanA = Guid.NewGuid();
    private static readonly Guid PlanB = Guid.NewGuid();

    [Fact]
    public async Task Every_subscriber_gets_the_changes_published_after_it_subscribed_in_order()
    {
        var bus = Bus(capacity: 16);
        await bus.PublishAsync(Change(PlanA, 1), CancellationToken.None);
        using var first = bus.Subscribe(null);
        using var second = bus.Subscribe(null);

        for (var sequence = 2; sequence <= 5; sequence++)
        {
            await bus.PublishAsync(Change(sequence % 2 == 0 ? PlanA : PlanB, sequence), CancellationToken.None);
        }

        Assert.Equal([2, 3, 4, 5], Read(first, 4).Select(c => c.Sequence));
        Assert.Equal([2, 3, 4, 5], Read(second, 4).Select(c => c.Sequence));
    }

    [Fact]
    public async Task A_subscriber_to_one_plan_gets_only_that_plans_changes()
    {
        var bus = Bus(capacity: 16);
        using var onlyB = bus.Subscribe(PlanB);

        await bus.PublishAsync(Change(PlanA, 1), CancellationToken.None);
        await bus.PublishAsync(Change(PlanB, 2), CancellationToken.None);
        await bus.PublishAsync(Change(PlanA, 3), CancellationToken.None);

        Assert.Equal([2], Read(onlyB, 1).Select(c => c.Sequence));
        Assert.False(onlyB.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_subscriber_that_does_not_read_is_ended_when_its_queue_fills_and_nobody_else_notices()
    {
        var bus = Bus(capacity: 3);
        using var stalled = bus.Subscribe(null);
        using var reading = bus.Subscribe(null);
        var received = new List<int>();

        // The publisher never waits: 100 changes go through while one subscriber reads nothing at all.
        for (var sequence = 1; sequence <= 100; sequence++)
        {
            await bus.PublishAsync(Change(PlanA, sequence), CancellationToken.None);
            received.AddRange(Read(reading, 1).Select(c => c.Sequence));
        }

        Assert.Equal(Enumerable.Range(1, 100), received);
        Assert.True(stalled.Overflowed);
        Assert.Equal([1, 2, 3], Read(stalled, 3).Select(c => c.Sequence));
        var ended = await Assert.ThrowsAsync<PlanEventQueueOverflowException>(async () => await stalled.Reader.WaitToReadAsync());
        Assert.Contains("3", ended.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposed_and_overflowed_subscribers_are_let_go()
    {
        var fanOut = new PlanEventFanOut(Options.Create(new PlanEventsOptions { SubscriberQueueCapacity = 1 }));
        var bus = new InProcessPlanEventBus(fanOut);
        var disposed = bus.Subscribe(null);
        using var overflowing = bus.Subscribe(null);
        Assert.Equal(2, fanOut.SubscriberCount);

        disposed.Dispose();
        await bus.PublishAsync(Change(PlanA, 1), CancellationToken.None);
        await bus.PublishAsync(Change(PlanA, 2), CancellationToken.None);

        Assert.Equal(0, fanOut.SubscriberCount);
    }

    private static InProcessPlanEventBus Bus(int capacity) =>
        new(new PlanEventFanOut(Options.Create(new PlanEventsOptions { SubscriberQueueCapacity = capacity })));

    private static PlanStatusChanged Change(Guid planId, int sequence) =>
        new(Guid.NewGuid(), planId, sequence, 1, PlanEventKind.Submitted, PlanStatus.Draft, PlanStatus.Submitted, ActorRole.Person, DateTimeOffset.UnixEpoch, null);

    private static List<PlanStatusChanged> Read(PlanEventSubscription subscription, int count)
    {
        var list = new List<PlanStatusChanged>();
        while (list.Count < count && subscription.Reader.TryRead(out var change))
        {
            list.Add(change);
        }

        return list;
    }
}
