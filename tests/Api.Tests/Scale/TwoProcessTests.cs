using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Events;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Plans;
using Npgsql;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Scale;

/// <summary>
/// Issue 12's proofs with real processes: two API instances, each a Kestrel process on its own loopback port, on one
/// PostgreSQL database and one real <c>redis-server</c>. A provider's subscription on instance B hears a change made on
/// instance A exactly once — with Redis up, with Redis stopped during the change, and when A is killed between the
/// commit and the publish; and a submission decided on both at once is decided once.
/// </summary>
public sealed class TwoProcessTests(ITestOutputHelper output)
{
    /// <summary>Sunrise has an item in Cleo's agreed plan (DESIGN §6), so it may watch that plan.</summary>
    private const string Provider = "prov-sunrise";

    private const string WatchPlan = "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId previousStatus newStatus } }";

    /// <summary>How long a test waits, after the event, for a duplicate that must not come.</summary>
    private static readonly TimeSpan DuplicateWait = TimeSpan.FromSeconds(1.5);

    private static readonly Dictionary<string, string> NoDispatcher = new() { ["Events:DispatcherEnabled"] = "false" };

    [ApiProcessFact]
    public async Task A_provider_subscribed_on_process_B_receives_a_change_made_on_process_A_exactly_once()
    {
        using var environment = new ScaleEnvironment();
        await using var a = await ApiProcess.StartAsync("A", environment, output);
        await using var b = await ApiProcess.StartAsync("B", environment, output);
        var cleo = await PlanIdAsync(a, "p-cleo");
        await using var sunrise = await WatchAsync(b, environment, cleo);
        using var sam = a.ClientFor("kw-sam");

        var clock = Stopwatch.StartNew();
        await StartReviewAsync(sam, cleo);
        var change = await sunrise.NextPayloadAsync("cleo");
        output.WriteLine($"Measured: from the mutation's start on A to the event on B's WebSocket: {clock.ElapsedMilliseconds} ms");

        AssertReviewStarted(change);
        await AssertNoMoreAsync(sunrise);
    }

    [ApiProcessFact]
    public async Task A_change_made_on_A_while_Redis_is_stopped_succeeds_and_reaches_B_once_when_Redis_is_started_again()
    {
        using var environment = new ScaleEnvironment();
        await using var a = await ApiProcess.StartAsync("A", environment, output);
        await using var b = await ApiProcess.StartAsync("B", environment, output);
        var cleo = await PlanIdAsync(a, "p-cleo");
        await using var sunrise = await WatchAsync(b, environment, cleo);
        using var sam = a.ClientFor("kw-sam");

        environment.Redis.Stop();
        var clock = Stopwatch.StartNew();
        var payload = await StartReviewAsync(sam, cleo);
        output.WriteLine($"Measured: the mutation on A with Redis down answered in {clock.ElapsedMilliseconds} ms");
        Assert.Equal("UNDER_REVIEW", (string?)payload["plan"]!["status"]);
        await Task.Delay(DuplicateWait);
        Assert.Empty(MessagesFor(sunrise));
        Assert.Single(await environment.OutboxAsync(cleo), row => row.DispatchedAt is null);

        clock.Restart();
        environment.Redis.Start();

        // Reconnecting, re-subscribing and the dispatcher's backoff (up to its poll interval) take a few seconds; more
        // when the machine is busy.
        var change = await sunrise.NextPayloadAsync("cleo", TimeSpan.FromSeconds(30));
        output.WriteLine($"Measured: from redis-server's restart to the event on B's WebSocket: {clock.ElapsedMilliseconds} ms");

        AssertReviewStarted(change);
        await AssertNoMoreAsync(sunrise);
        Assert.All(await environment.OutboxAsync(cleo), row => Assert.NotNull(row.DispatchedAt));
    }

    [ApiProcessFact]
    public async Task Two_processes_deciding_the_same_submission_at_once_with_the_same_revision_decide_it_once()
    {
        using var environment = new ScaleEnvironment();
        await using var a = await ApiProcess.StartAsync("A", environment, output);
        await using var b = await ApiProcess.StartAsync("B", environment, output);
        using var samOnA = a.ClientFor("kw-sam");
        using var samOnB = b.ClientFor("kw-sam");
        var plan = await samOnA.PlanOfAsync("p-ben");
        var decline = new
        {
            planId = plan.Id(),
            expectedRevision = plan.Revision(),
            reasons = "Over budget.",
            requiredChanges = new[] { "Fit the budget." },
            adviceOffered = "Free travel training.",
        };

        var decisions = await Task.WhenAll(samOnA.MutateAsync("declinePlan", decline), samOnB.MutateAsync("declinePlan", decline));

        var refusals = decisions.Select(d => d["errors"] is null ? [] : PlanClient.Codes(d)).ToList();
        Assert.Single(refusals, codes => codes.Count == 0);
        Assert.Single(refusals, codes => codes.Count == 1 && codes[0] is "EDIT_CONFLICT" or "INVALID_TRANSITION");
        output.WriteLine($"The loser was refused with {string.Join(", ", refusals.SelectMany(codes => codes))}");
        var events = await environment.OutboxAsync(plan.Id());
        Assert.Single(events, row => row.Change.Kind == PlanEventKind.Declined);
        Assert.Equal("CHANGES_REQUIRED", (string?)(await samOnB.PlanOfAsync("p-ben"))["status"]);
    }

    [ApiProcessFact]
    public async Task A_change_whose_process_is_killed_between_commit_and_publish_reaches_B_once_after_the_process_is_started_again()
    {
        using var environment = new ScaleEnvironment();

        // Neither instance publishes: A's change is committed with its event, and nothing sends it until A comes back.
        await using var a = await ApiProcess.StartAsync("A", environment, output, NoDispatcher);
        await using var b = await ApiProcess.StartAsync("B", environment, output, NoDispatcher);
        var cleo = await PlanIdAsync(a, "p-cleo");
        await using var sunrise = await WatchAsync(b, environment, cleo);
        using (var sam = a.ClientFor("kw-sam"))
        {
            Assert.Equal("UNDER_REVIEW", (string?)(await StartReviewAsync(sam, cleo))["plan"]!["status"]);
        }

        var pending = Assert.Single(await environment.OutboxAsync(cleo), row => row.DispatchedAt is null);
        a.Kill();
        await Task.Delay(DuplicateWait);
        Assert.Empty(MessagesFor(sunrise));

        var clock = Stopwatch.StartNew();
        await a.StartAsync(new Dictionary<string, string>());
        var ready = clock.ElapsedMilliseconds;
        var change = await sunrise.NextPayloadAsync("cleo");
        output.WriteLine($"Measured: from A's restart to the event on B's WebSocket: {clock.ElapsedMilliseconds} ms ({ready} ms of it until A was ready)");

        AssertReviewStarted(change);
        Assert.Equal(NodeId.Encode("PlanEvent", pending.Change.EventId), (string?)change["data"]!["planStatusChanged"]!["eventId"]);
        await AssertNoMoreAsync(sunrise);
        Assert.All(await environment.OutboxAsync(cleo), row => Assert.NotNull(row.DispatchedAt));
    }

    /// <summary>Sunrise's WebSocket on <paramref name="instance"/>, listening to <paramref name="planId"/>'s changes.</summary>
    private static async Task<GraphQLWsClient> WatchAsync(ApiProcess instance, ScaleEnvironment environment, string planId)
    {
        var client = await GraphQLWsClient.ConnectAndInitAsync(instance.WebSocketAddress, environment.TokenFor(Provider));
        await client.SubscribeAsync("cleo", WatchPlan, new { plan = planId });
        await client.PingPongAsync();
        return client;
    }

    private static async Task<string> PlanIdAsync(ApiProcess instance, string reference)
    {
        using var admin = instance.ClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { reference plans { id } } } }"))["people"]!["nodes"]!.AsArray();
        return (string)people.Single(p => (string)p!["reference"]! == reference)!["plans"]![0]!["id"]!;
    }

    /// <summary>Sam starts Cleo's review a week from today (real time: the processes run on the system clock).</summary>
    private static Task<JsonNode> StartReviewAsync(HttpClient sam, string planId)
    {
        var reviewOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return sam.SucceedAsync("startReview", new { planId, reviewOn }, "plan { status }");
    }

    private static void AssertReviewStarted(JsonObject payload)
    {
        var change = payload["data"]!["planStatusChanged"]!;
        Assert.Equal(("ACTIVE", "UNDER_REVIEW"), ((string?)change["previousStatus"], (string?)change["newStatus"]));
    }

    /// <summary>Waits a little and checks nothing more came for the subscription: the event was delivered once.</summary>
    private static async Task AssertNoMoreAsync(GraphQLWsClient client)
    {
        await Task.Delay(DuplicateWait);
        var more = MessagesFor(client);
        Assert.True(more.Count == 0, $"A duplicate or unexpected message: {string.Join(", ", more.Select(m => m.ToJsonString()))}");
    }

    /// <summary>Messages received for the subscription and not yet read (keep-alive pings are not the subscription's).</summary>
    private static List<JsonObject> MessagesFor(GraphQLWsClient client) =>
        client.Drain().Where(message => (string?)message["id"] == "cleo").ToList();
}

/// <summary>Reads the shared database's outbox directly, as an operator would.</summary>
internal static class ScaleOutbox
{
    public static async Task<List<(PlanStatusChanged Change, DateTimeOffset? DispatchedAt)>> OutboxAsync(this ScaleEnvironment environment, string planId)
    {
        await using var connection = new NpgsqlConnection(environment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Payload", "DispatchedAt" FROM "OutboxMessages" WHERE "PlanId" = $1 ORDER BY "Sequence" """, connection);
        command.Parameters.AddWithValue(NodeId.DecodeAs(planId, "CarePlan", "planId"));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(PlanStatusChanged, DateTimeOffset?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((PlanEventJson.Deserialize(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return rows;
    }
}
