using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// A request the transport refuses before GraphQL sees it: the HTTP status, a GraphQL error code
/// and a message that tells the client what to fix.
/// </summary>
internal sealed record TransportFailure(int StatusCode, string Code, string Message)
{
    public static TransportFailure BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    public static TransportFailure PayloadTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE",
            $"The request body is larger than the {limit} bytes this endpoint accepts.");

    public static TransportFailure UnsupportedMediaType(string? contentType) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
            string.IsNullOrEmpty(contentType)
                ? "The request has no Content-Type; send the GraphQL request as application/json."
                : $"Content-Type '{contentType}' is not supported; send the GraphQL request as application/json (utf-8).");

    public static TransportFailure Timeout(TimeSpan limit) =>
        new(StatusCodes.Status503ServiceUnavailable, "TIMEOUT",
            string.Create(CultureInfo.InvariantCulture, $"The request ran longer than the {limit.TotalSeconds:0.###} seconds allowed and was stopped; ask for less."));

    public static TransportFailure NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
            "The Accept header allows no type this endpoint produces: application/graphql-response+json or application/json.");
}
