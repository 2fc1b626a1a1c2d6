using System.Collections.Concurrent;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// The transactional outbox (issue 12): a change and its events are committed together; the dispatcher is the one way
/// they leave; a crash between commit and publish loses nothing; each plan's events go out in order, once.
/// </summary>
public sealed class OutboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly Dictionary<string, string?> NoDispatcher = new() { ["Events:DispatcherEnabled"] = "false" };

    private static readonly Dictionary<string, string?> Dispatcher = new() { ["Events:DispatchPollInterval"] = "00:00:00.200" };

    [Fact]
    public async Task An_event_committed_by_an_instance_that_dies_before_publishing_is_published_once_by_the_next_instance()
    {
        using var database = new CarePlanApiFactory();
        var published = new ConcurrentQueue<PlanStatusChanged>();
        Guid eventId;
        using (var crashed = RecordingBus.Record(CarePlanApiFactory.Create(database, NoDispatcher), published))
        {
            using var sam = crashed.CreateClientFor("kw-sam");
            var planId = await Reviews.CaseworkClient.PlanIdAsync(crashed, "p-cleo");
            await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-09" }, "review { id }");

            var pending = Assert.Single(await PendingAsync(crashed));
            Assert.Equal(NodeId.DecodeAs(planId, "CarePlan", "planId"), pending.PlanId);
            Assert.Contains("\"toStatus\":\"UnderReview\"", pending.Payload, StringComparison.Ordinal);
            eventId = pending.EventId;
            Assert.Empty(published);
        }

        using var next = RecordingBus.Record(CarePlanApiFactory.Create(database, Dispatcher), published);
        _ = next.Services;
        await RecordingBus.WaitUntilAsync(() => !published.IsEmpty, Patience, "the pending event to be published on start");
        await next.Services.GetRequiredService<OutboxDispatcher>().WakeAsync();
        await next.Services.GetRequiredService<OutboxDispatcher>().WakeAsync();

        var change = Assert.Single(published);
        Assert.Equal((eventId, PlanStatus.Active, PlanStatus.UnderReview), (change.EventId, change.FromStatus, change.ToStatus));
        Assert.Empty(await PendingAsync(next));
    }

    [Fact]
    public async Task A_change_that_conflicts_writes_no_event_and_one_that_succeeds_writes_its_event_with_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = await Reviews.CaseworkClient.PlanIdAsync(factory, "p-ben");
        var decline = Decline(planId);

        await sam.SucceedAsync("declinePlan", decline);
        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("declinePlan", decline));

        using var scope = factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.PlanId == NodeId.DecodeAs(planId, "CarePlan", "planId")).ToListAsync();
        var row = Assert.Single(rows);
        Assert.NotNull(row.DispatchedAt);
        Assert.Equal(PlanStatus.ChangesRequired, PlanEventJson.Deserialize(row.Payload).ToStatus);
    }

    [Fact]
    public async Task A_plans_events_are_published_in_the_order_they_were_made_with_rising_sequence_numbers()
    {
        using var factory = new CarePlanApiFactory();
        using var ben = factory.CreateClientFor("p-ben");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await ben.PlanOfAsync("p-ben")).Id();
        using var subscription = factory.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        await sam.SucceedAsync("declinePlan", Decline(planId));
        var plan = await ben.PlanOfAsync("p-ben");
        await ben.SucceedAsync("updateSupportItem", new { planId, expectedRevision = plan.Revision(), supportItemId = plan.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });
        await sam.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId), "plan { status }");

        var changes = new List<PlanStatusChanged>();
        while (changes.Count < 3)
        {
            using var timeout = new CancellationTokenSource(Patience);
            changes.Add(await subscription.Reader.ReadAsync(timeout.Token));
        }

        Assert.Equal([PlanStatus.ChangesRequired, PlanStatus.Submitted, PlanStatus.Agreed], changes.Select(c => c.ToStatus));
        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));
        Assert.Equal(3, changes.Select(c => c.Sequence).Distinct().Count());
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_publish_each_pending_event_once_between_them()
    {
        using var database = new CarePlanApiFactory();
        var published = new ConcurrentQueue<PlanStatusChanged>();
        using var writer = RecordingBus.Record(CarePlanApiFactory.Create(database, NoDispatcher), published);
        using var sam = writer.CreateClientFor("kw-sam");
        using var ben = writer.CreateClientFor("p-ben");
        var benPlan = await Reviews.CaseworkClient.PlanIdAsync(writer, "p-ben");
        await sam.SucceedAsync("startReview", new { planId = await Reviews.CaseworkClient.PlanIdAsync(writer, "p-cleo"), reviewOn = "2026-11-09" }, "review { id }");
        await sam.SucceedAsync("declinePlan", Decline(benPlan));
        await ben.SucceedAsync("submitPlan", new { planId = benPlan });
        Assert.Equal(3, (await PendingAsync(writer)).Count);

        // Both instances start with the rows pending and race for them (the poll interval is long, so these passes are the race).
        var quiet = new Dictionary<string, string?> { ["Events:DispatchPollInterval"] = "00:01:00" };
        using var first = RecordingBus.Record(CarePlanApiFactory.Create(database, quiet), published);
        using var second = RecordingBus.Record(CarePlanApiFactory.Create(database, quiet), published);
        var dispatchers = new[] { first.Services.GetRequiredService<OutboxDispatcher>(), second.Services.GetRequiredService<OutboxDispatcher>() };
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => dispatchers[i % 2].DispatchPendingAsync(CancellationToken.None))));
        await RecordingBus.WaitUntilAsync(() => published.Count >= 3, Patience, "three events");
        await Task.WhenAll(dispatchers.Select(d => d.WakeAsync()));

        Assert.Equal(3, published.Count);
        Assert.Equal(3, published.Select(c => c.EventId).Distinct().Count());
        Assert.Equal([PlanStatus.ChangesRequired, PlanStatus.Submitted],
            published.Where(c => c.PlanId == NodeId.DecodeAs(benPlan, "CarePlan", "planId")).Select(c => c.ToStatus));
        Assert.Empty(await PendingAsync(first));
    }

    [Fact]
    public void Subscribers_get_an_event_delivered_twice_once_and_only_the_latest_ids_are_remembered()
    {
        var fanOut = new PlanEventFanOut(Options.Create(new PlanEventsOptions { SubscriberQueueCapacity = 16, DeduplicationWindow = 2 }));
        using var subscriber = fanOut.Subscribe(null);
        var (a, b, c) = (Change(), Change(), Change());

        Assert.True(fanOut.Deliver(a));
        Assert.False(fanOut.Deliver(a));
        Assert.True(fanOut.Deliver(b));
        Assert.True(fanOut.Deliver(c));
        Assert.False(fanOut.Deliver(c));

        // The window holds two ids: a has been forgotten, so memory stays bounded (and a very late repeat gets through).
        Assert.True(fanOut.Deliver(a));
        var received = new List<Guid>();
        while (subscriber.Reader.TryRead(out var change))
        {
            received.Add(change.EventId);
        }

        Assert.Equal([a.EventId, b.EventId, c.EventId, a.EventId], received);
    }

    [Fact]
    public void The_payload_in_the_outbox_reads_back_as_the_same_change()
    {
        var change = Change() with { Reason = "Over budget." };
        Assert.Equal(change, PlanEventJson.Deserialize(PlanEventJson.Serialize(change)));
    }

    internal static object Decline(string planId) =>
        new { planId, reasons = "Over budget.", requiredChanges = new[] { "Fit the budget." }, adviceOffered = "Free travel training." };

    private static PlanStatusChanged Change() =>
        new(Guid.NewGuid(), Guid.NewGuid(), 2, 1, PlanEventKind.Declined, PlanStatus.Submitted, PlanStatus.ChangesRequired, ActorRole.KeyWorker, FixedTimeProvider.DemoNow, null);

    private static async Task<List<OutboxMessage>> PendingAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAt == null).ToListAsync();
    }
}
