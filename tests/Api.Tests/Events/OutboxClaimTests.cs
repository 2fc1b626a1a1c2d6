using System.Collections.Concurrent;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// On PostgreSQL, dispatchers claim a plan's rows by locking its oldest pending row with <c>FOR UPDATE SKIP LOCKED</c>
/// (issue 12): two dispatchers claiming again and again while new events keep being committed publish every event
/// exactly once between them, each plan's in the order they were made.
/// </summary>
public sealed class OutboxClaimTests
{
    private const int Plans = 12;

    private const int EventsPerPlan = 15;

    [PostgresFact]
    public async Task Two_dispatchers_racing_on_PostgreSQL_while_events_are_committed_publish_each_once_in_order_per_plan()
    {
        using var database = new CarePlanApiFactory();
        var published = new ConcurrentQueue<PlanStatusChanged>();
        using var writer = CarePlanApiFactory.Create(database, new Dictionary<string, string?> { ["Events:DispatcherEnabled"] = "false" });
        // Their background loops are off: the test drives each dispatcher's passes itself.
        var quiet = new Dictionary<string, string?> { ["Events:DispatcherEnabled"] = "false" };
        using var first = RecordingBus.Record(CarePlanApiFactory.Create(database, quiet), published);
        using var second = RecordingBus.Record(CarePlanApiFactory.Create(database, quiet), published);
        var dispatchers = new[] { first.Services.GetRequiredService<OutboxDispatcher>(), second.Services.GetRequiredService<OutboxDispatcher>() };
        using (var scope = writer.Services.CreateScope())
        {
            Assert.True(scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Database.IsNpgsql());
        }

        var plans = Enumerable.Range(0, Plans).Select(_ => Guid.NewGuid()).ToArray();

        // Each round commits the next event of every plan, as changes on several instances would.
        using var writing = new CancellationTokenSource();
        var commits = Task.Run(async () =>
        {
            for (var sequence = 1; sequence <= EventsPerPlan; sequence++)
            {
                using var scope = writer.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
                db.Set<OutboxMessage>().AddRange(plans.Select(plan => OutboxMessage.For(Change(plan, sequence), FixedTimeProvider.DemoNow)));
                await db.SaveChangesAsync();
                await Task.Delay(10);
            }
        });

        // One loop per dispatcher (as each instance runs one) claims and publishes while the rows arrive, then until none is pending.
        var loops = dispatchers.Select(dispatcher => Task.Run(async () =>
        {
            while (!commits.IsCompleted || await PendingAsync(writer) > 0)
            {
                await dispatcher.DispatchPendingAsync(CancellationToken.None);
            }
        })).ToList();
        await commits.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(60));

        var all = published.ToList();
        Assert.Equal(Plans * EventsPerPlan, all.Count);
        Assert.Equal(Plans * EventsPerPlan, all.Select(change => change.EventId).Distinct().Count());
        foreach (var plan in plans)
        {
            Assert.Equal(Enumerable.Range(1, EventsPerPlan), all.Where(change => change.PlanId == plan).Select(change => change.Sequence));
        }

        Assert.Equal(0, await PendingAsync(writer));
    }

    private static PlanStatusChanged Change(Guid plan, int sequence) =>
        new(Guid.NewGuid(), plan, sequence, 1, PlanEventKind.Declined, PlanStatus.Submitted, PlanStatus.ChangesRequired, ActorRole.KeyWorker, FixedTimeProvider.DemoNow, null);

    private static async Task<int> PendingAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null);
    }
}
