using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>Sends plan mutations the way a client would, and finds the demo plans by their person's reference.</summary>
internal static class PlanClient
{
    /// <summary>What every mutation in these tests selects from <c>errors</c>: the interface fields, plus the type name.</summary>
    public const string ErrorSelection = "errors { __typename ... on Error { code message } }";

    /// <summary>The parts of a plan the tests work with: IDs, the current version's revision, the assessment's IDs.</summary>
    public const string PlanSelection = """
        id status revisionInProgress
        person { reference }
        assessment { id eligibleNeeds { id description } outcomes { id description } risks { id description } }
        currentVersion { id number status revision supportItems { id description quantity annualCost { pence } } }
        agreedVersion { id number status }
        """;

    /// <summary>
    /// Runs <c>mutation(input: $input) { selection errors { … } }</c> and returns its payload. GraphQL errors fail the
    /// test: business refusals must come back as data.
    /// </summary>
    public static async Task<JsonNode> MutateAsync(this HttpClient client, string mutation, object input, string selection = "plan { id status }")
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var document = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} {ErrorSelection} }} }}";
        var data = await client.DataAsync(document, new { input });
        return data[mutation]!;
    }

    /// <summary>Runs a mutation that must succeed, and returns its payload.</summary>
    public static async Task<JsonNode> SucceedAsync(this HttpClient client, string mutation, object input, string selection = "plan { id status }")
    {
        var payload = await client.MutateAsync(mutation, input, selection);
        Assert.True(payload["errors"] is null, $"{mutation} was refused: {payload["errors"]?.ToJsonString()}");
        return payload;
    }

    /// <summary>Runs a mutation that must be refused, and returns the codes of its errors in order.</summary>
    public static async Task<IReadOnlyList<string>> RefuseAsync(this HttpClient client, string mutation, object input, string selection = "plan { id status }")
    {
        var payload = await client.MutateAsync(mutation, input, selection);
        Assert.True(payload["errors"] is JsonArray { Count: > 0 }, $"{mutation} was not refused: {payload.ToJsonString()}");
        Assert.Null(payload["plan"]);
        return Codes(payload);
    }

    public static IReadOnlyList<string> Codes(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToArray();

    /// <summary>The plan of the person with <paramref name="reference"/>, as <paramref name="client"/> sees it.</summary>
    public static async Task<JsonNode> PlanOfAsync(this HttpClient client, string reference)
    {
        var data = await client.DataAsync($"{{ plans(first: 10) {{ nodes {{ {PlanSelection} }} }} }}");
        return data["plans"]!["nodes"]!.AsArray().Single(p => (string)p!["person"]!["reference"]! == reference)!;
    }

    /// <summary>The version's current <c>revision</c>, to send as <c>expectedRevision</c>.</summary>
    public static int Revision(this JsonNode plan) => (int)plan["currentVersion"]!["revision"]!;

    public static string Id(this JsonNode node) => (string)node["id"]!;

    /// <summary>The ID of the assessment's need (or outcome, or risk) whose description starts with <paramref name="start"/>.</summary>
    public static string PartId(this JsonNode plan, string part, string start) =>
        (string)plan["assessment"]![part]!.AsArray().Single(n => ((string)n!["description"]!).StartsWith(start, StringComparison.Ordinal))!["id"]!;

    public static string ItemId(this JsonNode plan, string description) =>
        (string)plan["currentVersion"]!["supportItems"]!.AsArray().Single(i => (string)i!["description"]! == description)!["id"]!;
}
