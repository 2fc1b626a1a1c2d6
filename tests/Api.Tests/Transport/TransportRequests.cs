using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>Builds GraphQL-over-HTTP requests and reads their answers, so each test shows only what it varies.</summary>
internal static class TransportRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Endpoint = "/graphql";

    public static HttpRequestMessage Post(string body, string? accept = GraphQLResponseJson, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = GraphQLResponseJson) =>
        Post(JsonSerializer.Serialize(new { query }), accept);

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponseJson)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Endpoint + "?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The first error's message, failing the test when the answer has no errors.</summary>
    public static string FirstErrorMessage(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static string FirstErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? CharSet(HttpResponseMessage response) => response.Content.Headers.ContentType?.CharSet;
}
