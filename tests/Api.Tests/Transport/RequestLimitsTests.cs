using System.Net;
using System.Text;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// Documents too deep or too costly are refused during validation, before any resolver runs.
/// Nested introspection (types → fields → type → fields …) exists in every schema, so these tests
/// do not depend on the domain's types.
/// </summary>
public sealed class RequestLimitsTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Too_deep_query_is_refused_before_execution()
    {
        using var client = _factory.CreateClient();

        // 2 + 2 × 10 + 1 = 23 levels, over the default 20.
        using var response = await client.SendAsync(TransportRequests.PostQuery(NestedIntrospection(pairs: 10)));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), "a refused document must not have a data entry");
        Assert.Contains("too nested", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Too_complex_query_is_refused_before_execution()
    {
        using var client = _factory.CreateClient();

        // 17 levels deep (within the depth limit), but each list level multiplies the cost by 5.
        using var response = await client.SendAsync(TransportRequests.PostQuery(NestedIntrospection(pairs: 7)));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("too complex", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Standard_introspection_query_fits_within_the_limits()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery(IntrospectionQuery.Full));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
        Assert.Equal(2000, defaults.MaxComplexity);
        Assert.Equal(5, defaults.DefaultListSize);
        Assert.Equal(0.05, defaults.IntrospectionImpact);
    }

    /// <summary><c>{ __schema { types { fields { type { fields { type … { name } … } } } } }</c> with <paramref name="pairs"/> fields/type pairs.</summary>
    private static string NestedIntrospection(int pairs)
    {
        var query = new StringBuilder("{ __schema { types { ");
        for (var i = 0; i < pairs; i++)
        {
            query.Append("fields { type { ");
        }

        query.Append("name ");
        for (var i = 0; i < pairs; i++)
        {
            query.Append("} } ");
        }

        return query.Append("} } }").ToString();
    }

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
