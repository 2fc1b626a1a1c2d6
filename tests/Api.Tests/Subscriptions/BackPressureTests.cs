using System.Data.Common;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// A slow client must not slow the others nor grow memory without bound: each connection has a bounded send queue and
/// each subscription a bounded event queue, and whoever fills theirs is cut off with a clear signal.
/// </summary>
public sealed class BackPressureTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_with_1013_while_others_get_every_event()
    {
        using var api = factory.WithWebHostBuilder(builder => builder
            .UseSetting("GraphQL:WebSockets:SendQueueCapacity", "4")
            .UseSetting("GraphQL:WebSockets:CloseTimeout", "00:00:00.500"));
        var ben = await api.PlanIdOfAsync("p-ben");
        var before = api.Subscribers();

        // The slow client: its socket is scripted, so the test decides when it stops reading.
        var socket = new ScriptedWebSocket();
        var context = new DefaultHttpContext { RequestServices = api.Services };
        using var slow = new GraphQLWebSocketConnection(socket, context, api.Services.GetRequiredService<GraphQLWebSocketServices>());
        var serving = slow.RunAsync(CancellationToken.None);
        socket.Receive(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["token"] = factory.TokenFor("kw-sam") } });
        await socket.SentAsync(m => (string?)m["type"] == "connection_ack");
        socket.Receive(new JsonObject { ["id"] = "s", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = SubscriptionTestData.AllPlans } });
        socket.Receive(new JsonObject { ["type"] = "ping" });
        await socket.SentAsync(m => (string?)m["type"] == "pong");

        // A client that keeps up, on the same server.
        await using var keepingUp = await GraphQLWsClient.ConnectAndInitAsync(api.Server, factory.TokenFor("kw-sam"));
        await keepingUp.SubscribeAsync("s", SubscriptionTestData.AllPlans);
        await keepingUp.PingPongAsync();

        // Every change reaches the client that keeps up as it happens, while the other stops reading.
        socket.StopReading();
        for (var i = 0; i < 20; i++)
        {
            var marker = await api.PublishMarkerAsync(ben);
            Assert.Equal(marker, (string?)(await keepingUp.NextPayloadAsync("s"))["data"]!["planStatusChanged"]!["eventId"]);
        }

        await serving.WaitAsync(GraphQLWsClient.Patience);
        Assert.Equal(1013, slow.CloseStatus?.Code);
        // A send that never completes ends with the socket dropped; without one pending, the close frame goes out.
        Assert.True(socket.Aborted || socket.SentCloseStatus == (System.Net.WebSockets.WebSocketCloseStatus)1013, "The slow client's socket was neither closed nor dropped.");
        await api.WaitForSubscribersAsync(before + 1);
    }

    [Fact]
    public async Task A_subscription_that_falls_behind_the_bus_is_ended_with_SUBSCRIPTION_OVERFLOW_and_the_connection_goes_on()
    {
        var database = new DatabaseGate();
        using var api = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Events:SubscriberQueueCapacity", "2")
            .ConfigureTestServices(services => services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(database))));
        var ben = await api.PlanIdOfAsync("p-ben");
        var ada = await api.PlanIdOfAsync("p-ada");
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(api.Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await client.SubscribeAsync("ada", "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId } }", new { plan = SubscriptionTestData.NodeIdOf(ada) });
        await client.PingPongAsync();

        // Fifty changes while the database holds the first one's check: far more than a queue of two can hold. Held,
        // not raced: published one by one through Redis, a fast enough check kept up with them and nothing overflowed.
        database.Close();
        for (var i = 0; i < 50; i++)
        {
            await api.PublishMarkerAsync(ben);
        }

        database.Open();

        JsonObject message;
        do
        {
            message = await client.NextForAsync("all");
        }
        while ((string?)message["type"] == "next" && message["payload"]!["errors"] is null);

        Assert.Equal("SUBSCRIPTION_OVERFLOW", (string?)message["payload"]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("complete", (string?)(await client.NextForAsync("all"))["type"]);

        // The other subscription on the connection did not overflow: it never had to hold Ben's changes.
        var marker = await api.PublishMarkerAsync(ada);
        Assert.Equal(marker, (string?)(await client.NextPayloadAsync("ada"))["data"]!["planStatusChanged"]!["eventId"]);
    }

    [Fact]
    public async Task A_subscription_whose_events_pile_up_faster_than_they_are_resolved_is_ended_with_SUBSCRIPTION_OVERFLOW()
    {
        using var api = factory.WithWebHostBuilder(builder => builder
            .UseSetting("GraphQL:WebSockets:MaxConcurrentEvents", "1")
            .UseSetting("GraphQL:WebSockets:MaxEventsInProgress", "2")
            .UseSetting("GraphQL:WebSockets:SendQueueCapacity", "5000"));
        var ben = await api.PlanIdOfAsync("p-ben");
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(api.Server, factory.TokenFor("kw-sam"));
        for (var i = 0; i < 10; i++)
        {
            await client.SubscribeAsync($"s{i}", SubscriptionTestData.AllPlans);
        }

        await client.PingPongAsync();

        // Ten subscriptions get fifty changes each: their events are checked two at a time but resolved (a database
        // read and an audit row each) one at a time, server-wide, so they pile up.
        for (var i = 0; i < 50; i++)
        {
            await api.PublishMarkerAsync(ben);
        }

        JsonObject message;
        do
        {
            message = await client.NextAsync();
        }
        while ((string?)message["type"] == "next" && message["payload"]!["errors"] is null);

        var ended = (string)message["id"]!;
        var error = message["payload"]!["errors"]![0]!;
        Assert.Equal("SUBSCRIPTION_OVERFLOW", (string?)error["extensions"]!["code"]);
        Assert.Contains("waiting to be resolved", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal("complete", (string?)(await client.NextForAsync(ended))["type"]);
    }

    [Fact]
    public async Task Events_resolved_at_the_same_time_each_get_their_own_scope_and_arrive_in_order()
    {
        using var api = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:WebSockets:MaxConcurrentEvents", "8"));
        var ben = await api.PlanIdOfAsync("p-ben");
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(api.Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();

        var markers = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            markers.Add(await api.PublishMarkerAsync(ben));
        }

        foreach (var marker in markers)
        {
            var payload = await client.NextPayloadAsync("all");
            Assert.True(payload["errors"] is null, $"Unexpected errors: {payload["errors"]?.ToJsonString()}");
            Assert.Equal(marker, (string?)payload["data"]!["planStatusChanged"]!["eventId"]);
        }
    }

    /// <summary>Holds every query while closed (each waits, up to the test's patience, until it opens again).</summary>
    private sealed class DatabaseGate : DbCommandInterceptor
    {
        private volatile TaskCompletionSource? _closed;

        public void Close() => _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _closed?.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await PassAsync(cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await PassAsync(cancellationToken);
            return result;
        }

        private Task PassAsync(CancellationToken cancellationToken) =>
            _closed?.Task.WaitAsync(GraphQLWsClient.Patience, cancellationToken) ?? Task.CompletedTask;
    }
}
