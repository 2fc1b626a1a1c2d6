using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>The GraphQL request parameters, read and type-checked from a POST body or a GET query string.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
