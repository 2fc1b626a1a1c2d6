using System.Net;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// The GraphQL-over-HTTP transport, through real HTTP against the API: one test per way a request
/// can be wrong, and the happy paths. Every request here is anonymous.
/// </summary>
public sealed class GraphQLHttpTransportTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const long OneMebibyte = 1024 * 1024;

    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task Typename_over_post_answers_200_with_graphql_response_json()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{ __typename }"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TransportRequests.GraphQLResponseJson, TransportRequests.MediaType(response));
        Assert.Equal("utf-8", TransportRequests.CharSet(response));
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Typename_over_get_answers_200()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Get("query=" + Uri.EscapeDataString("{ __typename }")));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_takes_variables_and_operation_name_as_url_encoded_json()
    {
        // Signed in: outside Development, introspection (__type) is for signed-in callers.
        using var client = _factory.CreateClientFor("kw-sam");
        var query = "query A { __typename } query B($name: String!) { __type(name: $name) { name } }";

        using var response = await client.SendAsync(TransportRequests.Get(
            "query=" + Uri.EscapeDataString(query)
            + "&operationName=B"
            + "&variables=" + Uri.EscapeDataString("""{"name":"Query"}""")));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{ __typename }", accept: TransportRequests.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TransportRequests.Json, TransportRequests.MediaType(response));
        Assert.Equal("utf-8", TransportRequests.CharSet(response));
    }

    [Fact]
    public async Task No_accept_header_gets_legacy_application_json()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{ __typename }", accept: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TransportRequests.Json, TransportRequests.MediaType(response));
    }

    [Fact]
    public async Task Syntax_error_gets_400_without_data_with_graphql_response_json()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TransportRequests.GraphQLResponseJson, TransportRequests.MediaType(response));
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("SYNTAX_ERROR", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Validation_error_gets_200_with_legacy_application_json()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{ noSuchField }", accept: TransportRequests.Json));
        var body = await TransportRequests.ReadJsonAsync(response);

        // Legacy clients read errors from a 200 body; the spec keeps that for application/json.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noSuchField", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_clear_message()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "query": "{ __typename }" """));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request body is not valid JSON", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Empty_body_gets_400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post(string.Empty));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_query_gets_400_naming_the_parameter()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "qeury": "{ __typename }" }"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'query'", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "query": { "obj": "ect" } }""", "an object")]
    [InlineData("""{ "query": 0 }""", "a number")]
    [InlineData("""{ "query": ["{ __typename }"] }""", "an array")]
    public async Task Query_that_is_not_a_string_gets_400(string requestBody, string described)
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post(requestBody));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"'query' must be a string holding the GraphQL document, not {described}.", TransportRequests.FirstErrorMessage(body));
    }

    [Fact]
    public async Task Operation_name_that_is_not_a_string_gets_400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "query": "{ __typename }", "operationName": false }"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'operationName'", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"string\"")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("[\"array\"]")]
    public async Task Variables_that_are_not_an_object_get_400(string variables)
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post($$"""{ "query": "{ __typename }", "variables": {{variables}} }"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("'variables' must be a JSON object", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extensions_that_are_not_an_object_get_400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "query": "{ __typename }", "extensions": "persisted" }"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("'extensions' must be a JSON object", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batched_request_gets_400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""[{ "query": "{ __typename }" }]"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Batched requests", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_operation_name_gets_an_error_naming_it()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "query": "query A { __typename }", "operationName": "B" }"""));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("'B'", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal("INVALID_OPERATION_NAME", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Body_over_the_limit_gets_413()
    {
        using var client = _factory.CreateClient();
        var padding = new string(' ', (int)OneMebibyte);

        using var response = await client.SendAsync(TransportRequests.Post("{ \"query\": \"{ __typename }\"" + padding + "}"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Wrong_content_type_gets_415()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("{ __typename }", contentType: "application/graphql"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", TransportRequests.FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_in_another_charset_gets_415()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Post("""{ "query": "{ __typename }" }""", contentType: "application/json; charset=iso-8859-1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_header_gets_406()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("{ __typename }", accept: "text/html"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Mutation_over_get_gets_405_with_allow_post()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.Get("query=" + Uri.EscapeDataString("mutation { __typename }")));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "POST" }, response.Content.Headers.Allow);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("OPERATION_NOT_ALLOWED", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task Subscription_over_http_gets_400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(TransportRequests.PostQuery("subscription { __typename }"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), error => error.GetProperty("extensions").GetProperty("code").GetString() == "OPERATION_NOT_ALLOWED");
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow_get_and_post()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, TransportRequests.Endpoint));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "GET", "POST" }, response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Schema_sdl_endpoint_serves_the_printed_schema_as_utf8_text()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(TransportRequests.Endpoint + "/schema.graphql", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", TransportRequests.MediaType(response));
        Assert.Equal("utf-8", TransportRequests.CharSet(response));
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
    }
}
