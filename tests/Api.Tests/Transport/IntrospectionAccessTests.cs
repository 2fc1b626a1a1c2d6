using System.Net;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// Issue 15: outside Development, introspection is for signed-in callers; anonymous callers get
/// <c>INTROSPECTION_DISABLED</c> before execution (400 with application/graphql-response+json, decision 0002), while
/// <c>__typename</c> always answers and the SDL stays published. In Development anyone may introspect.
/// </summary>
public sealed class IntrospectionAccessTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    [InlineData("query { ...F } fragment F on Query { __typename __schema { types { name } } }")]
    public async Task Anonymous_introspection_is_refused_outside_Development(string query)
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.SendAsync(TransportRequests.PostQuery(query));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IntrospectionAccessRule.Code, TransportRequests.FirstErrorCode(body));
        Assert.Contains("send an access token", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Typename_answers_anonymously_and_the_SDL_stays_published()
    {
        using var anonymous = factory.CreateClient();

        using var typename = await anonymous.SendAsync(TransportRequests.PostQuery("{ __typename }"));
        using var sdl = await anonymous.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, typename.StatusCode);
        Assert.Equal("Query", (await TransportRequests.ReadJsonAsync(typename)).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Contains("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_caller_introspects_and_an_anonymous_one_cannot_ride_on_the_document_it_had_cached()
    {
        using var signedIn = factory.CreateClientFor("kw-sam");
        using var anonymous = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<DocumentCache>();

        using var allowed = await signedIn.SendAsync(TransportRequests.PostQuery(IntrospectionQuery.Full));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.True((await TransportRequests.ReadJsonAsync(allowed)).GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 0);

        var hits = cache.Hits;
        using var refused = await anonymous.SendAsync(TransportRequests.PostQuery(IntrospectionQuery.Full));

        // The document came from the cache, and the caller's rule still ran.
        Assert.True(cache.Hits > hits, "The anonymous request should have found the signed-in caller's document in the cache.");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(IntrospectionAccessRule.Code, TransportRequests.FirstErrorCode(await TransportRequests.ReadJsonAsync(refused)));
    }

    [Fact]
    public async Task Over_a_WebSocket_an_anonymous_connection_may_not_introspect_and_a_signed_in_one_may()
    {
        await using var anonymous = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, null);
        await using var signedIn = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
        const string query = "{ __schema { queryType { name } } }";

        await anonymous.SubscribeAsync("i", query);
        await signedIn.SubscribeAsync("i", query);
        var refused = await anonymous.NextAsync();
        var answered = await signedIn.NextAsync();

        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal(IntrospectionAccessRule.Code, (string?)refused["payload"]![0]!["extensions"]!["code"]);
        Assert.Equal("next", (string?)answered["type"]);
        Assert.Equal("Query", (string?)answered["payload"]!["data"]!["__schema"]!["queryType"]!["name"]);
    }

    [Fact]
    public async Task In_Development_anonymous_callers_may_introspect()
    {
        using var development = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["environment"] = Environments.Development });
        using var anonymous = development.CreateClient();
        Assert.True(development.Services.GetRequiredService<IHostEnvironment>().IsDevelopment());

        using var response = await anonymous.SendAsync(TransportRequests.PostQuery("{ __schema { queryType { name } } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await TransportRequests.ReadJsonAsync(response)).GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
