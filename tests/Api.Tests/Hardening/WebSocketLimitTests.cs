using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using static CarePlanGraph.Api.Tests.Hardening.HardeningRequests;

namespace CarePlanGraph.Api.Tests.Hardening;

/// <summary>The same bad input and limits over graphql-transport-ws: a close with 4400, or an error with the limit's code.</summary>
public sealed class WebSocketLimitTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Fact]
    public async Task A_lone_surrogate_in_a_subscribe_closes_the_socket_with_4400()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));

        await client.SendTextAsync("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\",\"variables\":{\"t\":\"\\ud800\"}}}");
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(4400, code);
        Assert.Contains("Unicode", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep", "DOCUMENT_TOO_DEEP")]
    [InlineData("doubling", "TOO_MANY_FIELDS")]
    [InlineData("tokens", "TOO_MANY_TOKENS")]
    public async Task A_document_over_a_limit_gets_an_error_and_the_connection_goes_on(string kind, string code)
    {
        var query = kind switch
        {
            "deep" => Repeat("{ a ", 100) + Repeat("}", 100),
            "doubling" => CostLimitTests.DoublingFragments(24),
            _ => "{" + Repeat(" x", 6000) + " }",
        };
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));

        await client.SubscribeAsync("1", query);
        var message = await client.NextForAsync("1");

        Assert.Equal("error", message["type"]!.GetValue<string>());
        Assert.Equal(code, message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await client.SubscribeAsync("2", "{ __typename }");
        var answer = await client.NextForAsync("2");
        Assert.Equal("Query", answer["payload"]!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_node_lookups_get_an_error_before_running()
    {
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("admin-jo"));
        var ids = new JsonArray([.. Enumerable.Range(0, 100).Select(_ => (JsonNode?)Api.Graph.Relay.NodeId.Encode("Person", Guid.NewGuid()))]);
        var aliases = string.Concat(Enumerable.Range(0, 6).Select(i => $" n{i}: nodes(ids: $ids) {{ id }}"));

        await client.SendAsync(new JsonObject
        {
            ["id"] = "1",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = "query ($ids: [ID!]!) {" + aliases + " }", ["variables"] = new JsonObject { ["ids"] = ids } },
        });
        var message = await client.NextForAsync("1");

        Assert.Equal("error", message["type"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_NODE_LOOKUPS", message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
