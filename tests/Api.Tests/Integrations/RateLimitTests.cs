using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Issue 15, "limits for public traffic": each integration, user and anonymous address has its own token bucket. Here
/// every kind may send 3 requests a minute, so the 4th in a row is refused with 429, <c>Retry-After</c> and a
/// GraphQL-shaped error, while other clients and the health probes carry on. No test waits for a bucket to refill.
/// </summary>
public sealed class RateLimitTests
{
    private const int Limit = 3;

    private static readonly Dictionary<string, string?> TinyLimits = new()
    {
        ["RateLimits:Integration:PermitsPerMinute"] = "3",
        ["RateLimits:User:PermitsPerMinute"] = "3",
        ["RateLimits:Anonymous:PermitsPerMinute"] = "3",
    };

    [Fact]
    public async Task The_fourth_request_of_an_integration_in_a_minute_gets_429_with_Retry_After_and_others_carry_on()
    {
        using var factory = CarePlanApiFactory.Create(null, TinyLimits);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await PostAsync(sunrise);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await PostAsync(sunrise);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.True(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture) > 0, retryAfter);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", (string?)error["extensions"]!["code"]);
        Assert.Contains($"Try again in {retryAfter} seconds", (string?)error["message"], StringComparison.Ordinal);

        // Another integration and a user have buckets of their own.
        using var oak = factory.CreateClientFor("prov-oak");
        using var sam = factory.CreateClientFor("kw-sam");
        for (var i = 0; i < Limit; i++)
        {
            using var oakAnswer = await PostAsync(oak);
            using var samAnswer = await PostAsync(sam);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (oakAnswer.StatusCode, samAnswer.StatusCode));
        }

        // Sunrise is still refused: its bucket is empty until it refills, whoever else calls.
        using var stillRefused = await PostAsync(sunrise);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);

        // Its owners see both refusals in its usage for the day.
        await factory.Services.GetRequiredService<Api.Integrations.IntegrationUsageRecorder>().FlushAsync(CancellationToken.None);
        using var jo = factory.CreateClientFor("admin-jo");
        var usage = (await jo.DataAsync("{ integrations(where: { name: { eq: \"Sunrise Home Care portal\" } }) { nodes { usage { requests throttled } } } }"))["integrations"]!["nodes"]![0]!["usage"]![0]!;
        Assert.Equal((3L, 2L), ((long)usage["requests"]!, (long)usage["throttled"]!));
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_by_address_and_a_WebSocket_upgrade_counts_once_but_health_probes_never()
    {
        using var factory = CarePlanApiFactory.Create(null, TinyLimits);
        using var anonymous = factory.CreateClient();

        // One upgrade: the socket's messages afterwards do not count.
        await using (var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam")))
        {
            for (var i = 0; i < 2 * Limit; i++)
            {
                await socket.PingPongAsync();
            }
        }

        using var first = await PostAsync(anonymous);
        using var second = await PostAsync(anonymous);
        using var refused = await PostAsync(anonymous);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first.StatusCode, second.StatusCode, refused.StatusCode));

        for (var i = 0; i < 2 * Limit; i++)
        {
            using var live = await anonymous.GetAsync("/health/live");
            using var ready = await anonymous.GetAsync("/health/ready");
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        }
    }

    [Fact]
    public async Task With_rate_limits_turned_off_no_client_is_limited()
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false", ["RateLimits:Integration:PermitsPerMinute"] = "1" });
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        for (var i = 0; i < 2 * Limit; i++)
        {
            using var answer = await PostAsync(sunrise);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
}
