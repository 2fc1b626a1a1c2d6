using System.Net;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Issue 15: browsers may call the API from the origins of approved integrations and the configured ones, nothing else.
/// A preflight from an allowed origin gets the allow headers; from any other (including a pending integration's) none,
/// so the browser does not send the request.
/// </summary>
public sealed class CorsTests
{
    private const string Sunrise = "https://portal.sunrise.example";

    [Fact]
    public async Task A_preflight_from_an_approved_integrations_origin_is_allowed_with_the_methods_and_headers_a_client_needs()
    {
        using var factory = new CarePlanApiFactory();
        using var http = factory.CreateClient();

        using var response = await PreflightAsync(http, Sunrise);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Sunrise, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Single(response, "Access-Control-Allow-Headers");
        Assert.Contains("authorization", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content-type", headers, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));

        // The request itself carries the origin back, so the page may read the answer.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("{ __typename }") };
        request.Headers.Add("Origin", Sunrise);
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Sunrise, Single(answer, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://tool.leechen-planning.example")] // registered, but its integration is still pending
    [InlineData("http://portal.sunrise.example")] // another scheme is another origin
    public async Task A_preflight_from_any_other_origin_gets_no_allow_headers(string origin)
    {
        using var factory = new CarePlanApiFactory();
        using var http = factory.CreateClient();

        using var response = await PreflightAsync(http, origin);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_configured_origin_is_allowed()
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Cors:Origins:0"] = "https://Staff.Council.Example/" });
        using var http = factory.CreateClient();

        using var response = await PreflightAsync(http, "https://staff.council.example");

        Assert.Equal("https://staff.council.example", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_suspended_integrations_origin_stops_being_allowed_once_the_cached_origins_expire()
    {
        using var factory = new CarePlanApiFactory();
        using var http = factory.CreateClient();
        using var jo = factory.CreateClientFor("admin-jo");
        using (var before = await PreflightAsync(http, Sunrise))
        {
            Assert.Equal(Sunrise, Single(before, "Access-Control-Allow-Origin"));
        }

        var sunrise = (string)(await jo.DataAsync("{ integrations { nodes { id name } } }"))["integrations"]!["nodes"]!.AsArray()
            .Single(n => (string?)n!["name"] == "Sunrise Home Care portal")!["id"]!;
        await jo.SucceedAsync("suspendIntegration", new { integrationId = sunrise, reason = "Requests for people it does not support." }, "integration { status }");
        factory.Clock.Advance(TimeSpan.FromSeconds(31));

        using var after = await PreflightAsync(http, Sunrise);
        Assert.False(after.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient http, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return await http.SendAsync(request);
    }

    private static StringContent JsonContent(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
