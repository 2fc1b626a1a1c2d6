using System.Security.Claims;
using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// The GraphQL request parameters, read and type-checked by <see cref="GraphQLRequestParser"/> from an HTTP POST body,
/// an HTTP GET query string or a WebSocket <c>subscribe</c> payload.
/// </summary>
/// <remarks>Either <see cref="Query"/> (the document) or <see cref="DocumentId"/> (a persisted document's id) is set, or both (which the engine refuses).</remarks>
internal sealed record GraphQLRequestParameters(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    /// <summary>What the engine needs to run the request for <paramref name="user"/>, resolving from <paramref name="requestServices"/>.</summary>
    public ExecutionOptions ToExecutionOptions(IServiceProvider requestServices, ClaimsPrincipal user, CancellationToken cancellationToken) => new()
    {
        Query = Query,
        DocumentId = DocumentId,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        RequestServices = requestServices,
        User = user,
        CancellationToken = cancellationToken,
    };
}
