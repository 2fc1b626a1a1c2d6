using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;
using CsCheck;
using static CarePlanGraph.Api.Tests.Hardening.HardeningRequests;

namespace CarePlanGraph.Api.Tests.Hardening;

/// <summary>
/// Random bodies, random JSON and random documents built from the schema's fields, sent to the in-process server:
/// nothing may answer 5xx, every error must carry a code, and the server must still answer afterwards. Bounded:
/// a fixed number of cases per kind, run one at a time, from fixed seeds so a failure can be replayed.
/// </summary>
public sealed class FuzzTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const int Cases = 120;

    // Query fields any client may ask for, and introspection fields that nest (deep and wide documents).
    private static readonly string[] RootFields = ["__typename", "__schema", "__type(name: \"Query\")", "node(id: \"x\")", "nodes(ids: [\"a\", \"b\"])", "me"];
    private static readonly string[] NestedFields = ["__typename", "name", "description", "kind", "types", "fields", "type", "ofType", "args", "id", "interfaces"];

    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Random_bytes_never_fail_the_server()
    {
        using var client = _factory.CreateClient();
        await RunAsync(Gen.Byte.Array[0, 600], bytes => SendAsync(client, PostBytes(bytes)));
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Random_json_never_fails_the_server()
    {
        using var client = _factory.CreateClient();
        var request = Gen.Select(Json, Json, Gen.Bool, (query, variables, wrap) =>
            wrap ? $"{{\"query\":{query},\"variables\":{variables}}}" : query);
        await RunAsync(request, json => SendAsync(client, PostJson(json)));
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Random_documents_never_fail_the_server()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        await RunAsync(Document, query => SendAsync(client, TransportRequests.PostQuery(query)));
        await AssertStillAnswersAsync(client);
    }

    /// <summary>
    /// Generates the cases from one seed (in CsCheck's format; <c>HARDENING_FUZZ_SEED</c> replaces it), one at a
    /// time, so every run sends the same requests and a failure names the case that failed.
    /// </summary>
    private static async Task RunAsync<T>(Gen<T> gen, Func<T, Task> check)
    {
        var pcg = PCG.Parse(Environment.GetEnvironmentVariable("HARDENING_FUZZ_SEED") is { Length: > 0 } seed ? seed : "1xn1HwIbwfUS");
        for (var i = 0; i < Cases; i++)
        {
            await check(gen.Generate(pcg, null, out _));
        }
    }

    private static Gen<string> JsonString => Gen.OneOf(
        Gen.String[Gen.Char, 0, 20].Select(text => JsonSerializer.Serialize(text)),
        Gen.OneOf("\"\\ud800\"", "\"\\udc00x\"", "\"{ __typename }\"", "\"query { __schema { types { name } } }\""));

    private static Gen<string> Json => Gen.Recursive<string>((depth, inner) => depth >= 6
        ? Gen.OneOf(JsonString, Gen.Int.Select(n => n.ToString(CultureInfo.InvariantCulture)), Gen.OneOf("null", "true", "[]", "{}"))
        : Gen.Frequency(
            (3, JsonString),
            (1, Gen.OneOf("null", "1e400", "-0", "true")),
            (2, inner.Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
            (2, Gen.Select(Gen.OneOf("query", "variables", "extensions", "operationName", "x"), inner).Array[0, 4]
                .Select(pairs => "{" + string.Join(',', pairs.Select(pair => $"\"{pair.Item1}\":{pair.Item2}")) + "}")),
            (1, Gen.Int[1, 3000].Select(n => new string('[', n) + new string(']', n)))));

    private static Gen<string> Selection => Gen.Recursive<string>((depth, inner) => Gen.Frequency(
        (3, Gen.OneOf(NestedFields)),
        (depth < 30 ? 2 : 0, Gen.Select(Gen.OneOf(NestedFields), inner.Array[1, 5], Gen.Int[0, 3])
            .Select((name, children, alias) => (alias > 0 ? $"a{alias}: " : string.Empty) + name + " { " + string.Join(' ', children) + " }")),
        (1, Gen.Select(Gen.OneOf(NestedFields), Gen.Int[1, 80]).Select((name, count) => string.Concat(Enumerable.Repeat($"x: {name} ", count)))),
        (1, inner.Select(child => "... on __Type { " + child + " }"))));

    private static Gen<string> Document => Gen.Frequency(
        (4, Gen.Select(Gen.OneOf(RootFields), Selection.Array[0, 6]).Select((root, children) =>
            children.Length == 0 ? "{ " + root + " }" : "{ " + root + " { " + string.Join(' ', children) + " } }")),
        (1, Gen.Int[1, 40].Select(depth => Repeat("{ __schema ", depth) + Repeat("}", depth))),
        (1, Gen.Int[1, 30].Select(CostLimitTests.DoublingFragments)),
        (1, Gen.Int[1, 4000].Select(depth => "{ __type(name: " + Repeat("[", depth) + "\"x\"" + Repeat("]", depth) + ") { name } }")),
        (1, Gen.String[Gen.Char["{}()[]:.$@!,\"# aqx_1"], 0, 200]));

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {text}");
            AssertNoInternals(response, text);
            using var body = JsonDocument.Parse(text);
            if (body.RootElement.TryGetProperty("errors", out var errors))
            {
                foreach (var error in errors.EnumerateArray())
                {
                    Assert.True(
                        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 },
                        "An error without a code: " + error);
                }
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
    }
}
