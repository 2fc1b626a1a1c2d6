using System.Net;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// The graphql-transport-ws protocol, rule by rule, over real WebSockets to the API. These tests change no data, so
/// they share one API.
/// </summary>
public sealed class WebSocketProtocolTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private TestServer Server => factory.Server;

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws_on_the_graphql_path()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);

        Assert.Equal(GraphQLWsClient.SubProtocol, client.NegotiatedSubProtocol);
    }

    [Fact]
    public async Task Plain_HTTP_on_the_same_path_still_reaches_the_HTTP_endpoint()
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/graphql?query=%7B__typename%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("graphql-ws")]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406(string? subProtocol)
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server, subProtocol);

        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4406, code);
        Assert.Contains("graphql-transport-ws", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_init_with_a_valid_token_is_acknowledged()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));

        await client.SubscribeAsync("me", "{ me { name roles } }");
        var payload = await client.NextPayloadAsync("me");

        Assert.Equal("Sam Okafor", (string?)payload["data"]!["me"]!["name"]);
        Assert.Equal("KEY_WORKER", (string?)payload["data"]!["me"]!["roles"]![0]);
        Assert.Equal("complete", (string?)(await client.NextAsync())["type"]);
    }

    [Fact]
    public async Task Connection_init_accepts_the_token_as_token_too()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["token"] = factory.TokenFor("p-ada") } });
        Assert.Equal("connection_ack", (string?)(await client.NextAsync())["type"]);

        await client.SubscribeAsync("me", "{ me { name } }");

        Assert.Equal("Ada Mensah", (string?)(await client.NextPayloadAsync("me"))["data"]!["me"]!["name"]);
    }

    [Fact]
    public async Task A_token_in_the_handshakes_Authorization_header_serves_when_connection_init_has_none()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server, authorizationHeader: "Bearer " + factory.TokenFor("cs-kim"));
        await client.InitAsync(token: null);

        await client.SubscribeAsync("me", "{ me { name } }");

        Assert.Equal("Kim Lewis", (string?)(await client.NextPayloadAsync("me"))["data"]!["me"]!["name"]);
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "expired",
        "other-audience",
        "no-scope-or-role",
        "not-a-token",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_refused_token_closes_the_socket_with_4403(string kind)
    {
        var token = kind switch
        {
            "expired" => factory.TokenFor("kw-sam", lifetime: TimeSpan.FromMinutes(-30)),
            "other-audience" => factory.TokenFor("kw-sam", audience: "api://someone-else"),
            "no-scope-or-role" => factory.TokenFor("kw-sam", withScopeOrRole: false),
            _ => "not-a-token",
        };
        await using var client = await GraphQLWsClient.ConnectAsync(Server);

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + token } });
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_connection_init_the_socket_is_closed_with_4408()
    {
        using var quick = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:WebSockets:ConnectionInitTimeout", "00:00:00.300"));
        await using var client = await GraphQLWsClient.ConnectAsync(quick.Server);

        var (code, _) = await client.ClosedAsync();

        Assert.Equal(4408, code);
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_closes_the_socket_with_4401()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);

        await client.SubscribeAsync("early", "{ __typename }");
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4401, code);
        Assert.Equal("Unauthorized", reason);
    }

    [Fact]
    public async Task A_second_connection_init_closes_the_socket_with_4429()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));

        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        var (code, _) = await client.ClosedAsync();

        Assert.Equal(4429, code);
    }

    [Fact]
    public async Task Subscribing_with_an_id_already_in_use_closes_the_socket_with_4409()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("plans", SubscriptionTestData.AllPlans);

        await client.SubscribeAsync("plans", SubscriptionTestData.AllPlans);
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for plans already exists", reason);
    }

    [Fact]
    public async Task An_id_can_be_used_again_once_its_operation_is_complete()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("op", SubscriptionTestData.AllPlans);
        await client.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "op" });

        await client.SubscribeAsync("op", "{ __typename }");

        Assert.Equal("Query", (string?)(await client.NextPayloadAsync("op"))["data"]!["__typename"]);
        Assert.Equal("complete", (string?)(await client.NextAsync())["type"]);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_connection_init_and_pong_is_ignored()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);
        await client.PingPongAsync();
        await client.SendAsync(new JsonObject { ["type"] = "pong" });
        await client.InitAsync(factory.TokenFor("p-ben"));

        await client.SendAsync(new JsonObject { ["type"] = "ping", ["payload"] = new JsonObject { ["sent"] = 42 } });
        var pong = await client.NextAsync();

        Assert.Equal("pong", (string?)pong["type"]);
        Assert.Equal(42, (int)pong["payload"]!["sent"]!);
    }

    [Fact]
    public async Task A_query_gets_next_then_complete()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("p-ben"));

        await client.SubscribeAsync("q1", "query Mine { plans(first: 5) { nodes { status person { reference } } } }");

        var payload = await client.NextPayloadAsync("q1");
        Assert.Equal("p-ben", (string?)payload["data"]!["plans"]!["nodes"]![0]!["person"]!["reference"]);
        var complete = await client.NextAsync();
        Assert.Equal("complete", (string?)complete["type"]);
        Assert.Equal("q1", (string?)complete["id"]);
    }

    [Fact]
    public async Task A_mutation_runs_over_the_socket_too()
    {
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-ben"));
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("p-ben"));

        // Ben's plan is already submitted: the mutation runs, and refuses as data.
        await client.SubscribeAsync("m1", "mutation($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { status } errors { __typename } } }",
            new { input = new { planId } });

        var payload = await client.NextPayloadAsync("m1");
        Assert.Null(payload["errors"]);
        Assert.Equal("InvalidTransitionError", (string?)payload["data"]!["submitPlan"]!["errors"]![0]!["__typename"]);
        Assert.Equal("complete", (string?)(await client.NextAsync())["type"]);
    }

    [Theory]
    [InlineData("{ plans(first: 1) { nodes { nope } } }", "nope")]
    [InlineData("{ plans(first: 1) { nodes { status }", "Error parsing query")]
    [InlineData("subscription { planStatusChanged { newStatus } planStatusChanged2: planStatusChanged { newStatus } }", "exactly one")]
    public async Task An_invalid_operation_gets_error_and_no_complete(string document, string expected)
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));

        await client.SubscribeAsync("bad", document);
        var error = await client.NextAsync();

        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        var message = (string?)error["payload"]![0]!["message"];
        Assert.Contains(expected, message, StringComparison.OrdinalIgnoreCase);

        // The connection goes on, and nothing more comes for "bad".
        await client.PingPongAsync();
    }

    [Fact]
    public async Task Variables_that_do_not_fit_get_error()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));

        await client.SubscribeAsync("v", "subscription($plan: ID) { planStatusChanged(planId: $plan) { newStatus } }", new { plan = new[] { 1, 2 } });

        Assert.Equal("error", (string?)(await client.NextAsync())["type"]);
    }

    [Fact]
    public async Task An_anonymous_connection_is_acknowledged_but_may_not_subscribe_to_plans()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, token: null);

        await client.SubscribeAsync("anon", SubscriptionTestData.AllPlans);
        var payload = await client.NextPayloadAsync("anon");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string?)payload["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("complete", (string?)(await client.NextAsync())["type"]);
    }

    [Fact]
    public async Task Subscribing_to_a_plan_you_may_not_see_is_refused()
    {
        var bensPlan = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-ben"));
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("prov-sunrise"));

        await client.SubscribeAsync("ben", "subscription($plan: ID) { planStatusChanged(planId: $plan) { newStatus } }", new { plan = bensPlan });
        var payload = await client.NextPayloadAsync("ben");

        Assert.Equal("PLAN_NOT_FOUND", (string?)payload["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("complete", (string?)(await client.NextAsync())["type"]);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1, 2]", "type")]
    [InlineData("{\"type\": 7}", "type")]
    [InlineData("{\"type\": \"connection_ack\"}", "unexpected type")]
    [InlineData("{\"type\": \"next\", \"id\": \"x\", \"payload\": {}}", "unexpected type")]
    [InlineData("{\"type\": \"whatever\"}", "unexpected type")]
    [InlineData("{\"type\": \"ping\", \"payload\": \"text\"}", "payload")]
    public async Task A_message_the_protocol_does_not_allow_closes_the_socket_with_4400(string text, string expected)
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);

        await client.SendTextAsync(text);
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4400, code);
        Assert.Contains(expected, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ __typename }\"}}", "id")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"\", \"payload\": {\"query\": \"{ __typename }\"}}", "id")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\"}", "payload")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": 5}}", "query")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": \"{ __typename }\", \"variables\": []}}", "variables")]
    [InlineData("{\"type\": \"complete\"}", "id")]
    public async Task A_malformed_subscribe_or_complete_closes_the_socket_with_4400(string text, string expected)
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));

        await client.SendTextAsync(text);
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4400, code);
        Assert.Contains(expected, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_binary_message_closes_the_socket_with_4400()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(Server);

        await client.SendBinaryAsync([1, 2, 3]);
        var (code, _) = await client.ClosedAsync();

        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_socket_with_1009()
    {
        using var small = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:WebSockets:MaxMessageBytes", "1024"));
        await using var client = await GraphQLWsClient.ConnectAsync(small.Server);

        await client.SendAsync(new JsonObject { ["type"] = "ping", ["payload"] = new JsonObject { ["padding"] = new string('x', 4096) } });
        var (code, _) = await client.ClosedAsync();

        Assert.Equal(1009, code);
    }

    [Fact]
    public async Task Operations_beyond_the_per_connection_limit_get_error()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:WebSockets:MaxOperationsPerConnection", "2"));
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(limited.Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("a", SubscriptionTestData.AllPlans);
        await client.SubscribeAsync("b", SubscriptionTestData.AllPlans);

        await client.SubscribeAsync("c", SubscriptionTestData.AllPlans);
        var error = await client.NextAsync();

        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("c", (string?)error["id"]);
        Assert.Equal("TOO_MANY_OPERATIONS", (string?)error["payload"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_client_that_closes_normally_gets_1000_and_its_subscriptions_end()
    {
        // Other tests' connections end asynchronously after they finish: start from none.
        await factory.WaitForSubscribersAsync(0);
        const int before = 0;
        var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("s", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();
        Assert.Equal(before + 1, factory.Subscribers());

        await client.CloseAsync();

        Assert.Equal(1000, (await client.ClosedAsync()).Code);
        await factory.WaitForSubscribersAsync(before);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task A_client_that_vanishes_leaves_nothing_behind()
    {
        // Other tests' connections end asynchronously after they finish: start from none.
        await factory.WaitForSubscribersAsync(0);
        const int before = 0;
        var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("s1", SubscriptionTestData.AllPlans);
        await client.SubscribeAsync("s2", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();
        Assert.Equal(before + 2, factory.Subscribers());

        await client.DisposeAsync();

        await factory.WaitForSubscribersAsync(before);
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_subscription()
    {
        var sams = await factory.PlanIdOfAsync("p-ben");
        // Other tests' connections end asynchronously after they finish: start from none.
        await factory.WaitForSubscribersAsync(0);
        const int before = 0;
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("stopped", SubscriptionTestData.AllPlans);
        await client.SubscribeAsync("kept", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();

        await client.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "stopped" });
        await factory.WaitForSubscribersAsync(before + 1);
        var marker = await factory.PublishMarkerAsync(sams);

        var next = await client.NextAsync();
        Assert.Equal("kept", (string?)next["id"]);
        Assert.Equal(marker, (string?)next["payload"]!["data"]!["planStatusChanged"]!["eventId"]);
        Assert.Empty(client.Drain());
    }

    [Fact]
    public async Task A_token_that_expires_while_the_socket_is_open_ends_it_with_4403()
    {
        var token = factory.TokenFor("kw-sam", lifetime: TimeSpan.FromSeconds(4));
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(Server, token);
        await client.SubscribeAsync("s", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();

        var (code, reason) = await client.ClosedAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(4403, code);
        Assert.Contains("token expired", reason, StringComparison.Ordinal);
    }
}
