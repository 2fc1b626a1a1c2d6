using System.Globalization;
using System.Net;
using System.Text;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// Documents too deep or too costly are refused during validation, before any resolver runs.
/// Introspection exists in every schema, so these tests do not depend on the domain's types; they sign in, since
/// outside Development introspection is for signed-in callers (IntrospectionAccessTests).
/// </summary>
public sealed class RequestLimitsTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Too_deep_query_is_refused_before_execution()
    {
        using var client = _factory.CreateClientFor("kw-sam");

        // __type plus 25 levels of ofType: 27 levels, over the default 20.
        var query = "{ __type(name: \"Query\") { " + Repeat("ofType { ", 25) + "name" + Repeat(" }", 25) + " } }";
        using var response = await client.SendAsync(TransportRequests.PostQuery(query));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), "a refused document must not have a data entry");
        Assert.Contains("too nested", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Too_complex_query_is_refused_before_execution()
    {
        using var client = _factory.CreateClientFor("kw-sam");

        // Shallow, but 100 aliases of five lists inside each other (within the document limits, over the cost).
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 100; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $"a{i}: __schema {{ types {{ fields {{ args {{ type {{ possibleTypes {{ enumValues {{ name }} }} }} }} }} }} }} ");
        }

        using var response = await client.SendAsync(TransportRequests.PostQuery(query.Append('}').ToString()));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("too complex", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Introspection_nesting_type_lists_three_deep_is_refused()
    {
        using var client = _factory.CreateClientFor("kw-sam");

        using var allowed = await client.SendAsync(TransportRequests.PostQuery(NestedIntrospection(pairs: 2)));
        using var refused = await client.SendAsync(TransportRequests.PostQuery(NestedIntrospection(pairs: 3)));
        var body = await TransportRequests.ReadJsonAsync(refused);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("INTROSPECTION_TOO_DEEP", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Introspection_nesting_hidden_in_fragments_is_refused()
    {
        using var client = _factory.CreateClientFor("kw-sam");
        const string query = """
            { __schema { types { ...A } } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { fields { type { ...C } } }
            fragment C on __Type { fields { name } }
            """;

        using var response = await client.SendAsync(TransportRequests.PostQuery(query));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INTROSPECTION_TOO_DEEP", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Standard_introspection_query_fits_within_the_limits()
    {
        using var client = _factory.CreateClientFor("kw-sam");

        using var response = await client.SendAsync(TransportRequests.PostQuery(IntrospectionQuery.Full));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxDepth"] = "2",
            ["GraphQL:Http:MaxRequestBytes"] = "64",
        });

        using var tooDeep = await host.Client.SendAsync(TransportRequests.PostQuery("{ __schema { types { name } } }"));
        using var tooBig = await host.Client.SendAsync(TransportRequests.PostQuery("{ ok " + new string(' ', 64) + "}"));

        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Contains("maximum allowed on this endpoint is 2", TransportRequests.FirstErrorMessage(await TransportRequests.ReadJsonAsync(tooDeep)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
    }

    [Fact]
    public async Task Streamed_body_over_the_limit_gets_413_without_content_length()
    {
        // Real sockets: only then is a body of unknown length sent chunked, with no Content-Length.
        await using var host = await StandaloneGraphQLHost.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:Http:MaxRequestBytes"] = "1024" },
            kestrel: true);
        var bytes = Encoding.UTF8.GetBytes("{ \"query\": \"{ ok }\"" + new string(' ', 4096) + "}");
        using var request = new HttpRequestMessage(HttpMethod.Post, TransportRequests.Endpoint)
        {
            Content = new UnknownLengthContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await host.Client.SendAsync(request);

        Assert.True(request.Headers.TransferEncodingChunked, "the body must have been sent chunked");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void Limit_defaults_are_the_documented_ones()
    {
        var defaults = new RequestLimitsOptions();

        // Changing one is a decision: update docs/decisions/0002-http-status-codes.md with it.
        Assert.Equal(20, defaults.MaxDepth);
        Assert.Equal(30_000, defaults.MaxComplexity);
        Assert.Equal(5, defaults.DefaultListSize);
        Assert.Equal(0.1, defaults.IntrospectionImpact);
    }

    /// <summary><c>{ __schema { types { fields { type { fields { type … { name } … } } } } }</c> with <paramref name="pairs"/> fields/type pairs.</summary>
    private static string NestedIntrospection(int pairs) =>
        "{ __schema { types { " + Repeat("fields { type { ", pairs) + "name " + Repeat("} } ", pairs) + "} } }";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>Request content that does not tell its length, so HttpClient must send it chunked.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
