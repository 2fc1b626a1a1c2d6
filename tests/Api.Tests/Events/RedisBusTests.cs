using System.Diagnostics;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Domain.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// Two API instances on one database and one real Redis (issue 12): a change made on one reaches the other's
/// subscribers exactly once, even when Redis is down during the change; and a submission decided on both at once is
/// decided once.
/// </summary>
public sealed class RedisBusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [RedisFact]
    public async Task A_change_made_on_instance_A_reaches_a_subscriber_on_instance_B_exactly_once()
    {
        using var redis = new RedisTestServer();
        using var a = CarePlanApiFactory.Create(null, Settings(redis));
        using var b = CarePlanApiFactory.Create(a, Settings(redis));
        using var sam = a.CreateClientFor("kw-sam");
        var planId = await Reviews.CaseworkClient.PlanIdAsync(a, "p-cleo");
        using var onB = b.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        var clock = Stopwatch.StartNew();
        await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-09" }, "plan { status }");
        using var timeout = new CancellationTokenSource(Patience);
        var change = await onB.Reader.ReadAsync(timeout.Token);
        output.WriteLine($"From the mutation's start on A to the event on B: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(PlanStatus.UnderReview, change.ToStatus);
        await Task.Delay(500);
        Assert.False(onB.Reader.TryRead(out _));
    }

    [RedisFact]
    public async Task A_change_made_while_Redis_is_down_succeeds_and_reaches_instance_B_once_Redis_is_back()
    {
        using var redis = new RedisTestServer();
        using var a = CarePlanApiFactory.Create(null, Settings(redis));
        using var b = CarePlanApiFactory.Create(a, Settings(redis));
        using var sam = a.CreateClientFor("kw-sam");
        var planId = await Reviews.CaseworkClient.PlanIdAsync(a, "p-cleo");
        using var onB = b.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        redis.Stop();
        var payload = await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-09" }, "plan { status }");
        Assert.Equal("UNDER_REVIEW", (string)payload["plan"]!["status"]!);
        await Task.Delay(1000);
        Assert.False(onB.Reader.TryRead(out _));

        var clock = Stopwatch.StartNew();
        redis.Start();
        using var timeout = new CancellationTokenSource(Patience);
        var change = await onB.Reader.ReadAsync(timeout.Token);
        output.WriteLine($"From Redis's restart to the event on B: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(PlanStatus.UnderReview, change.ToStatus);
        await Task.Delay(1000);
        Assert.False(onB.Reader.TryRead(out _));
    }

    [RedisFact]
    public async Task A_change_published_while_instance_B_is_cut_off_from_Redis_reaches_B_when_it_reconnects()
    {
        // Redis pub/sub would lose this event: B is not listening when A publishes it. The stream keeps it for B.
        using var redis = new RedisTestServer();
        using var relay = new LoopbackRelay(redis.Port);
        using var a = CarePlanApiFactory.Create(null, Settings(redis));
        using var b = CarePlanApiFactory.Create(a, Settings(redis, relay.ConnectionString));
        using var sam = a.CreateClientFor("kw-sam");
        var planId = await Reviews.CaseworkClient.PlanIdAsync(a, "p-cleo");
        using var onB = b.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        relay.Cut();
        await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-09" }, "plan { status }");
        await Task.Delay(1000);
        Assert.False(onB.Reader.TryRead(out _));

        var clock = Stopwatch.StartNew();
        relay.Restore();
        using var timeout = new CancellationTokenSource(Patience);
        var change = await onB.Reader.ReadAsync(timeout.Token);
        output.WriteLine($"From B's reconnection to the event on B: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(PlanStatus.UnderReview, change.ToStatus);
        await Task.Delay(1000);
        Assert.False(onB.Reader.TryRead(out _));
    }

    [RedisFact]
    public async Task Two_instances_deciding_the_same_submission_at_once_decide_it_once()
    {
        using var redis = new RedisTestServer();
        using var a = CarePlanApiFactory.Create(null, Settings(redis));
        using var b = CarePlanApiFactory.Create(a, Settings(redis));
        using var samOnA = a.CreateClientFor("kw-sam");
        using var samOnB = b.CreateClientFor("kw-sam");
        var planId = await Reviews.CaseworkClient.PlanIdAsync(a, "p-ben");
        using var onA = a.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        var decisions = await Task.WhenAll(
            samOnA.MutateAsync("declinePlan", OutboxTests.Decline(planId)),
            samOnB.MutateAsync("declinePlan", OutboxTests.Decline(planId)));

        var refusals = decisions.Select(d => d["errors"] is null ? [] : PlanClient.Codes(d)).ToList();
        Assert.Single(refusals, codes => codes.Count == 0);
        Assert.Single(refusals, codes => codes.Count == 1 && codes[0] is "EDIT_CONFLICT" or "INVALID_TRANSITION");
        using var timeout = new CancellationTokenSource(Patience);
        Assert.Equal(PlanStatus.ChangesRequired, (await onA.Reader.ReadAsync(timeout.Token)).ToStatus);
        await Task.Delay(500);
        Assert.False(onA.Reader.TryRead(out _));
    }

    [RedisFact]
    public async Task Two_deployments_sharing_one_Redis_under_their_own_key_prefixes_never_hear_each_others_changes()
    {
        using var redis = new RedisTestServer();
        using var a = CarePlanApiFactory.Create(null, Settings(redis));
        using var b = CarePlanApiFactory.Create(a, Settings(redis));
        using var staging = CarePlanApiFactory.Create(null, new Dictionary<string, string?>(Settings(redis)) { ["Events:RedisKeyPrefix"] = "careplan-staging" });
        var plan = Guid.NewGuid();
        using var onB = b.Services.GetRequiredService<IPlanEventBus>().Subscribe(plan);
        using var onStaging = staging.Services.GetRequiredService<IPlanEventBus>().Subscribe(plan);

        await Subscriptions.SubscriptionTestData.PublishMarkerAsync(a, plan);

        using var timeout = new CancellationTokenSource(Patience);
        Assert.Equal(plan, (await onB.Reader.ReadAsync(timeout.Token)).PlanId);
        await Task.Delay(1000);
        Assert.False(onStaging.Reader.TryRead(out _), "A deployment under another key prefix heard the change.");
    }

    [Fact]
    public void A_blank_Redis_key_prefix_is_refused_at_startup()
    {
        using var factory = new CarePlanApiFactory().WithWebHostBuilder(builder => builder.UseSetting("Events:RedisKeyPrefix", " "));

        var refusal = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Events:RedisKeyPrefix", refusal.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(RedisTestServer redis, string? through = null) => new()
    {
        ["Events:Redis"] = through ?? redis.ConnectionString,
        ["Events:DispatchPollInterval"] = "00:00:01",
    };
}
