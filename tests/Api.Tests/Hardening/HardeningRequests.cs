using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CarePlanGraph.Api.Tests.Transport;

namespace CarePlanGraph.Api.Tests.Hardening;

/// <summary>What every refusal must look like, and the check that the server still answers afterwards.</summary>
internal static class HardeningRequests
{
    public static HttpRequestMessage PostBytes(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TransportRequests.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TryAddWithoutValidation("Accept", TransportRequests.GraphQLResponseJson);
        return request;
    }

    public static HttpRequestMessage PostJson(string json) => PostBytes(Encoding.UTF8.GetBytes(json));

    /// <summary>Sends the request and asserts a GraphQL-shaped JSON refusal with the status and code given, and no internals.</summary>
    public static async Task<JsonElement> AssertRefusedAsync(HttpClient client, HttpRequestMessage request, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {Shorten(text)}");
            AssertNoInternals(response, text);
            using var document = JsonDocument.Parse(text);
            var body = document.RootElement.Clone();
            Assert.False(body.TryGetProperty("data", out _), "a refused request must not have a data entry");
            Assert.Equal(code, TransportRequests.FirstErrorCode(body));
            return body;
        }
    }

    /// <summary>JSON, and neither stack frames nor source paths, in any answer.</summary>
    public static void AssertNoInternals(HttpResponseMessage response, string text)
    {
        Assert.True(
            TransportRequests.MediaType(response) is TransportRequests.GraphQLResponseJson or TransportRequests.Json,
            $"Not JSON but {TransportRequests.MediaType(response)}: {Shorten(text)}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    public static async Task AssertStillAnswersAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var request = TransportRequests.PostQuery("{ __typename }");
        using var response = await client.SendAsync(request, timeout.Token);
        var body = await TransportRequests.ReadJsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    public static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Shorten(string text) => text.Length > 500 ? text[..500] + "…" : text;
}
