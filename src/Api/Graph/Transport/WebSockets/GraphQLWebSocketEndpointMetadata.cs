namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>Marks the GraphQL WebSocket endpoint, so that only WebSocket requests are routed to it.</summary>
internal sealed class GraphQLWebSocketEndpointMetadata
{
    public static GraphQLWebSocketEndpointMetadata Instance { get; } = new();
}
