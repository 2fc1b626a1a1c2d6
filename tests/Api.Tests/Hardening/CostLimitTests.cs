using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;
using static CarePlanGraph.Api.Tests.Hardening.HardeningRequests;

namespace CarePlanGraph.Api.Tests.Hardening;

/// <summary>
/// Small requests that once cost seconds of CPU are refused before the expensive step, each with its code, and
/// a request within the limit still works. How fast each refusal is lives in bench/, not here.
/// </summary>
public sealed class CostLimitTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Nodes_with_more_ids_than_allowed_is_refused_before_execution()
    {
        using var client = _factory.CreateClientFor("admin-jo");

        await AssertRefusedAsync(client, TransportRequests.PostQuery("{ nodes(ids: " + Ids(101) + ") { id } }"), NodeLookupLimitRule.TooManyIdsCode);
        await AssertRefusedAsync(
            client,
            PostJson(JsonSerializer.Serialize(new { query = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = IdList(101) } })),
            NodeLookupLimitRule.TooManyIdsCode);

        var allowed = await client.PostAsync("{ nodes(ids: " + Ids(100) + ") { id } }");
        Assert.Null(allowed["errors"]);
        Assert.Equal(100, allowed["data"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Aliased_nodes_over_the_lookup_budget_are_refused_before_execution()
    {
        using var client = _factory.CreateClientFor("admin-jo");

        // 6 aliases of 100 IDs: 600 lookups, over the default 500 (the probe sent 330 of them).
        var query = new StringBuilder("query ($ids: [ID!]!) {");
        for (var i = 0; i < 6; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $" n{i}: nodes(ids: $ids) {{ id }}");
        }

        var json = JsonSerializer.Serialize(new { query = query.Append(" }").ToString(), variables = new { ids = IdList(100) } });
        await AssertRefusedAsync(client, PostJson(json), NodeLookupLimitRule.TooManyLookupsCode);

        var allowed = await client.PostAsync("{ a: nodes(ids: " + Ids(10) + ") { id } b: nodes(ids: " + Ids(10) + ") { id } c: node(id: \"x\") { id } }");
        Assert.Null(allowed["errors"]);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused()
    {
        using var client = _factory.CreateClient();

        await AssertRefusedAsync(client, TransportRequests.PostQuery("{ __typename }" + new string(' ', 40_000)), "DOCUMENT_TOO_LARGE");
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_refused_before_parsing()
    {
        using var client = _factory.CreateClient();

        await AssertRefusedAsync(client, TransportRequests.PostQuery("{" + Repeat(" x", 6000) + " }"), "TOO_MANY_TOKENS");
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task A_field_repeated_thousands_of_times_is_refused_before_validation()
    {
        using var client = _factory.CreateClient();

        await AssertRefusedAsync(client, TransportRequests.PostQuery("{" + Repeat(" __typename", 2500) + " }"), "TOO_MANY_FIELDS");
        using var allowed = await client.SendAsync(TransportRequests.PostQuery("{" + Repeat(" __typename", 40) + " }"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Many_conflicting_aliases_are_refused_before_the_quadratic_check()
    {
        using var client = _factory.CreateClient();
        var aliases = string.Concat(Enumerable.Range(0, 500).Select(i => i % 2 == 0 ? " a: __typename" : " a: __schema { description }"));

        var refused = await AssertRefusedAsync(client, TransportRequests.PostQuery("{" + aliases + " }"), "TOO_MANY_FIELDS");

        Assert.Single(refused.GetProperty("errors").EnumerateArray());
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Errors_in_a_response_are_capped()
    {
        using var client = _factory.CreateClient();
        var unknownFields = string.Concat(Enumerable.Range(0, 150).Select(i => $" unknown{i}"));

        using var response = await client.SendAsync(TransportRequests.PostQuery("{" + unknownFields + " }"));
        var body = await TransportRequests.ReadJsonAsync(response);

        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(101, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[^1].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("50 more errors", errors[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragments_that_double_each_level_are_refused_in_linear_time()
    {
        using var client = _factory.CreateClient();

        await AssertRefusedAsync(client, TransportRequests.PostQuery(DoublingFragments(24)), "TOO_MANY_FIELDS");

        // 2^5 = 32 __typename fields: allowed.
        using var allowed = await client.SendAsync(TransportRequests.PostQuery(DoublingFragments(5)));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_operation_over_the_time_budget_is_stopped_with_a_timeout()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.300",
        });

        await AssertRefusedAsync(host.Client, TransportRequests.PostQuery("{ slow }"), "TIMEOUT", HttpStatusCode.ServiceUnavailable);

        using var allowed = await host.Client.SendAsync(TransportRequests.PostQuery("{ ok }"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Execution_stops_when_the_client_goes_away()
    {
        // Real sockets, so that the client closing its connection is what the server sees; no time budget in the way.
        await using var host = await StandaloneGraphQLHost.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeout"] = "01:00:00" },
            kestrel: true);
        var key = Guid.NewGuid().ToString("N");
        using var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Client.SendAsync(TransportRequests.PostQuery($"{{ slow(key: \"{key}\") }}"), leave.Token));

        await FailingSchema.SlowCancelled(key).Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Fragment Fi spreads F(i-1) twice, so the operation asks for 2^levels fields in a document of a few hundred bytes.</summary>
    internal static string DoublingFragments(int levels)
    {
        var document = new StringBuilder("{ ...F").Append(levels).Append(" } fragment F0 on Query { __typename }");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");
        }

        return document.ToString();
    }

    private static string[] IdList(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => NodeId.Encode("Person", Guid.NewGuid()))];

    private static string Ids(int count) => JsonSerializer.Serialize(IdList(count));
}
