using CarePlanGraph.Api.Graph.Transport;
using Microsoft.Extensions.Primitives;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>How the Accept header chooses between application/graphql-response+json and legacy application/json.</summary>
public sealed class ResponseMediaTypeTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, */*", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.8", Json)]
    [InlineData("application/graphql-response+json;charset=utf-8", GraphQLResponse)]
    [InlineData("*/*, application/json;q=0", GraphQLResponse)]
    [InlineData("text/html, application/xhtml+xml, */*;q=0.8", Json)]
    [InlineData("not a media type", Json)]
    public void Accept_header_chooses_the_response_media_type(string? accept, string expected) =>
        Assert.Equal(expected, ResponseMediaType.Negotiate(new StringValues(accept)));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public void Accept_header_allowing_neither_type_chooses_nothing(string accept) =>
        Assert.Null(ResponseMediaType.Negotiate(new StringValues(accept)));
}
