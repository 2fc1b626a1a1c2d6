using System.Text;
using System.Text.Json;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;
using Microsoft.Extensions.Logging;
using static CarePlanGraph.Api.Tests.Hardening.HardeningRequests;

namespace CarePlanGraph.Api.Tests.Hardening;

/// <summary>Input that once made the server answer 500 with a stack trace: each is now a 400 with a code.</summary>
public sealed class BadInputTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_a_bad_request()
    {
        using var client = _factory.CreateClient();
        // 0xC3 0x28: a two-byte sequence whose second byte is not a continuation byte.
        var body = new List<byte>(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\""));
        body.AddRange([0xC3, 0x28]);
        body.AddRange(Encoding.UTF8.GetBytes("\"}"));

        var refused = await AssertRefusedAsync(client, PostBytes([.. body]), "BAD_REQUEST");

        Assert.Contains("UTF-8", TransportRequests.FirstErrorMessage(refused), StringComparison.Ordinal);
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Invalid_utf8_inside_the_query_string_is_a_bad_request()
    {
        using var client = _factory.CreateClient();
        var body = new List<byte>(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename } #"));
        body.AddRange([0xFF, 0xFE, 0x80]);
        body.AddRange(Encoding.UTF8.GetBytes("\"}"));

        await AssertRefusedAsync(client, PostBytes([.. body]), "BAD_REQUEST");
        await AssertStillAnswersAsync(client);
    }

    [Theory]
    [InlineData("{\"query\":\"query ($t: String) { __type(name: $t) { name } }\",\"variables\":{\"t\":\"\\ud800\"}}")]
    [InlineData("{\"query\":\"{ __type(name: \\\"\\udc00\\\") { name } }\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":{\"\\ud800x\":1}}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":\"\\udfff\"}")]
    public async Task A_lone_surrogate_is_a_bad_request(string json)
    {
        using var client = _factory.CreateClient();

        var refused = await AssertRefusedAsync(client, PostJson(json), "BAD_REQUEST");

        Assert.Contains("surrogate", TransportRequests.FirstErrorMessage(refused), StringComparison.Ordinal);
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task A_lone_surrogate_over_get_is_a_bad_request()
    {
        using var client = _factory.CreateClient();

        await AssertRefusedAsync(
            client,
            TransportRequests.Get("query=" + Uri.EscapeDataString("query ($t: String) { __type(name: $t) { name } }") + "&variables=" + Uri.EscapeDataString("{\"t\":\"\\ud800\"}")),
            "BAD_REQUEST");
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task A_100_level_selection_is_refused_as_too_deep_and_not_logged_as_an_error()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync();
        var query = Repeat("{ a ", 100) + Repeat("}", 100);

        await AssertRefusedAsync(host.Client, TransportRequests.PostQuery(query), "DOCUMENT_TOO_DEEP");

        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        await AssertStillAnswersAsync(host.Client);
    }

    // The probe's depths have more tokens than allowed, and are refused before the parser starts; shallower ones
    // within the token limit are refused by the parser's depth bound instead of recursing into them.
    [Theory]
    [InlineData(5000, "[", "]", "TOO_MANY_TOKENS")]
    [InlineData(3000, "{a: ", "}", "TOO_MANY_TOKENS")]
    [InlineData(1000, "[", "]", "DOCUMENT_TOO_DEEP")]
    [InlineData(500, "{a: ", "}", "DOCUMENT_TOO_DEEP")]
    public async Task Deep_literals_in_the_document_are_refused(int depth, string open, string close, string code)
    {
        using var client = _factory.CreateClient();
        var query = "{ __type(name: " + Repeat(open, depth) + "1" + Repeat(close, depth) + ") { name } }";

        await AssertRefusedAsync(client, TransportRequests.PostQuery(query), code);
        await AssertStillAnswersAsync(client);
    }

    [Theory]
    [InlineData(5000, "[", "]")]
    [InlineData(3000, "{\"a\":", "}")]
    public async Task Deep_variables_are_a_bad_request(int depth, string open, string close)
    {
        using var client = _factory.CreateClient();
        var json = "{\"query\":\"query ($t: String) { __type(name: $t) { name } }\",\"variables\":{\"t\":"
            + Repeat(open, depth) + "1" + Repeat(close, depth) + "}}";

        await AssertRefusedAsync(client, PostJson(json), "BAD_REQUEST");
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task A_fault_of_ours_is_answered_as_masked_json()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync();

        using var response = await host.Client.SendAsync(TransportRequests.PostQuery("{ crash }"));
        var text = await response.Content.ReadAsStringAsync();

        AssertNoInternals(response, text);
        Assert.DoesNotContain(FailingSchema.Secret, text, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("INTERNAL_SERVER_ERROR", TransportRequests.FirstErrorCode(body.RootElement));
    }
}
