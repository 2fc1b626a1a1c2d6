using Microsoft.AspNetCore.Routing.Matching;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Lets the WebSocket endpoint and the HTTP endpoint share one path (<c>/graphql</c>): the WebSocket endpoint is a
/// candidate only for WebSocket upgrade requests, and wins over the HTTP endpoint when it is one.
/// </summary>
internal sealed class WebSocketRequestMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<GraphQLWebSocketEndpointMetadata>() is not null);
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        if (IsWebSocketRequest(httpContext))
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Endpoint.Metadata.GetMetadata<GraphQLWebSocketEndpointMetadata>() is not null)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Routing runs before the WebSocket middleware adds its feature, so the upgrade headers are read directly
    /// (a test server sets the feature itself).
    /// </summary>
    private static bool IsWebSocketRequest(HttpContext context)
    {
        var request = context.Request;
        return HttpMethods.IsGet(request.Method)
            && (request.Headers.Upgrade.Any(value => value?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true)
                || context.WebSockets.IsWebSocketRequest);
    }
}
