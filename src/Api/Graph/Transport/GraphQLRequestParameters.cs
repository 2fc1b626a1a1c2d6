using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// The GraphQL request parameters, read and type-checked by <see cref="GraphQLRequestParser"/> from an HTTP POST body,
/// an HTTP GET query string or a WebSocket <c>subscribe</c> payload.
/// </summary>
internal sealed record GraphQLRequestParameters(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
