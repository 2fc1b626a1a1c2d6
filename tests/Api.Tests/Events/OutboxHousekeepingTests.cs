using System.Net;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// Keeping the outbox small and watched (issue 12): dispatched rows go after <c>Events:OutboxRetention</c>, in bounded
/// batches, pending ones never; and <c>/health/ready</c> says how many events wait and for how long, Degraded (still
/// 200) when the oldest has waited longer than <c>Events:OutboxPendingAgeLimit</c>.
/// </summary>
public sealed class OutboxHousekeepingTests
{
    private static readonly Dictionary<string, string?> NoDispatcher = new() { ["Events:DispatcherEnabled"] = "false" };

    [Fact]
    public async Task Dispatched_rows_older_than_the_retention_are_deleted_in_batches_and_pending_and_recent_rows_are_kept()
    {
        using var factory = CarePlanApiFactory.Create(null, NoDispatcher);
        using var sam = factory.CreateClientFor("kw-sam");
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var cleo = await Reviews.CaseworkClient.PlanIdAsync(factory, "p-cleo");
        var ben = await Reviews.CaseworkClient.PlanIdAsync(factory, "p-ben");

        // Cleo's event is dispatched now (by the application's clock); Ben's stays pending.
        await sam.SucceedAsync("startReview", new { planId = cleo, reviewOn = "2026-11-09" }, "review { id }");
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<WebhookDeliveryWorker>().StagePendingAsync(CancellationToken.None);
        await sam.SucceedAsync("declinePlan", OutboxTests.Decline(ben));
        var dispatched = Assert.Single(await RowsAsync(factory), row => row.DispatchedAt is not null);
        Assert.Equal(factory.Clock.GetUtcNow(), dispatched.DispatchedAt);

        // Within the retention (7 days by default) nothing goes.
        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await dispatcher.PruneAsync(CancellationToken.None));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.PruneAsync(CancellationToken.None));
        var left = Assert.Single(await RowsAsync(factory));
        Assert.Equal((NodeId.DecodeAs(ben, "CarePlan", "planId"), null), (left.PlanId, left.DispatchedAt));

        // A backlog larger than one batch is deleted batch by batch; a row dispatched six days ago stays, and so does an
        // old one whose webhook deliveries are not made yet (no instance delivers webhooks, say).
        var now = factory.Clock.GetUtcNow();
        var old = await AddDispatchedAsync(factory, OutboxDispatcher.PruneBatchSize + 5, now - TimeSpan.FromDays(8));
        var recent = await AddDispatchedAsync(factory, 1, now - TimeSpan.FromDays(6));
        var unstaged = await AddDispatchedAsync(factory, 1, now - TimeSpan.FromDays(8), webhooksStaged: false);
        Assert.Equal(OutboxDispatcher.PruneBatchSize + 5, await dispatcher.PruneAsync(CancellationToken.None));
        var kept = await RowsAsync(factory);
        Assert.Equal(3, kept.Count);
        Assert.Contains(kept, row => row.EventId == recent.Single());
        Assert.Contains(kept, row => row.EventId == unstaged.Single());
        Assert.DoesNotContain(kept, row => old.Contains(row.EventId));
        Assert.Contains(kept, row => row.DispatchedAt is null);
    }

    [Fact]
    public async Task The_retention_is_a_setting()
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Events:DispatcherEnabled"] = "false", ["Events:OutboxRetention"] = "1.00:00:00" });
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var now = factory.Clock.GetUtcNow();
        var dayAndAHalf = await AddDispatchedAsync(factory, 2, now - TimeSpan.FromHours(36));
        var halfADay = await AddDispatchedAsync(factory, 1, now - TimeSpan.FromHours(12));

        Assert.Equal(2, await dispatcher.PruneAsync(CancellationToken.None));
        Assert.Equal(halfADay, (await RowsAsync(factory)).Select(row => row.EventId));
        Assert.DoesNotContain(await RowsAsync(factory), row => dayAndAHalf.Contains(row.EventId));
    }

    [Fact]
    public async Task Readiness_reports_the_pending_events_and_the_oldest_ones_age_and_is_degraded_but_200_when_it_is_too_old()
    {
        using var factory = CarePlanApiFactory.Create(null, NoDispatcher);
        using var sam = factory.CreateClientFor("kw-sam");
        using var probe = factory.CreateClient();

        var (status, outbox) = await OutboxCheckAsync(probe);
        Assert.Equal((HttpStatusCode.OK, "Healthy", 0, 0), (status, (string?)outbox["status"], (int)outbox["data"]!["pending"]!, (int)outbox["data"]!["oldestPendingSeconds"]!));

        // A change commits its event; with no dispatcher here it waits.
        await sam.SucceedAsync("declinePlan", OutboxTests.Decline(await Reviews.CaseworkClient.PlanIdAsync(factory, "p-ben")));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        (status, outbox) = await OutboxCheckAsync(probe);
        Assert.Equal((HttpStatusCode.OK, "Healthy", 1, 30), (status, (string?)outbox["status"], (int)outbox["data"]!["pending"]!, (int)outbox["data"]!["oldestPendingSeconds"]!));

        // Older than the limit (1 minute by default): events are not leaving. Degraded, still in rotation.
        factory.Clock.Advance(TimeSpan.FromSeconds(45));
        (status, outbox) = await OutboxCheckAsync(probe);
        Assert.Equal((HttpStatusCode.OK, "Degraded", 1, 75), (status, (string?)outbox["status"], (int)outbox["data"]!["pending"]!, (int)outbox["data"]!["oldestPendingSeconds"]!));

        // Once published, the signal clears.
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        (status, outbox) = await OutboxCheckAsync(probe);
        Assert.Equal((HttpStatusCode.OK, "Healthy", 0, 0), (status, (string?)outbox["status"], (int)outbox["data"]!["pending"]!, (int)outbox["data"]!["oldestPendingSeconds"]!));
    }

    [Fact]
    public async Task The_pending_age_limit_is_a_setting()
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Events:DispatcherEnabled"] = "false", ["Events:OutboxPendingAgeLimit"] = "00:10:00" });
        using var sam = factory.CreateClientFor("kw-sam");
        using var probe = factory.CreateClient();
        await sam.SucceedAsync("declinePlan", OutboxTests.Decline(await Reviews.CaseworkClient.PlanIdAsync(factory, "p-ben")));

        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("Healthy", (string?)(await OutboxCheckAsync(probe)).Check["status"]);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("Degraded", (string?)(await OutboxCheckAsync(probe)).Check["status"]);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Check)> OutboxCheckAsync(HttpClient probe)
    {
        using var response = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body["checks"]!.AsArray().Single(check => (string?)check!["name"] == "outbox")!);
    }

    /// <summary>Adds <paramref name="count"/> rows for new plans, dispatched (and their webhooks staged) at <paramref name="dispatchedAt"/>; returns their event ids.</summary>
    private static async Task<List<Guid>> AddDispatchedAsync(CarePlanApiFactory factory, int count, DateTimeOffset dispatchedAt, bool webhooksStaged = true)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var outbox = db.Set<OutboxMessage>();
        var rows = Enumerable.Range(0, count).Select(_ => OutboxMessage.For(
            new PlanStatusChanged(Guid.NewGuid(), Guid.NewGuid(), 1, 1, PlanEventKind.Declined, PlanStatus.Submitted, PlanStatus.ChangesRequired, ActorRole.KeyWorker, dispatchedAt, null),
            dispatchedAt)).ToList();
        outbox.AddRange(rows);
        await db.SaveChangesAsync();
        var ids = rows.Select(row => row.EventId).ToList();
        await outbox.Where(m => ids.Contains(m.EventId)).ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, dispatchedAt)
            .SetProperty(m => m.WebhooksStagedAt, webhooksStaged ? dispatchedAt : null));
        return ids;
    }

    private static async Task<List<OutboxMessage>> RowsAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }
}
