using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL documents the way a client would and hands back the parsed response.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonObject> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"Not JSON: {text}");
    }

    /// <summary>The response's <c>data</c>, after asserting there were no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.PostAsync(query, variables);
        Assert.True(body["errors"] is null, $"Unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    public static string Pretty(this JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
