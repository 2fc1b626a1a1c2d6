namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol, and the standard ones this server uses.</summary>
internal static class GraphQLWebSocketCloseCodes
{
    /// <summary>The client closed normally, or the server ends the connection without fault.</summary>
    public const int NormalClosure = 1000;

    /// <summary>The server is shutting down; the client should reconnect (to another instance).</summary>
    public const int GoingAway = 1001;

    /// <summary>A message larger than <see cref="GraphQLWebSocketOptions.MaxMessageBytes"/>.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>The client read too slowly: its send queue filled. It may reconnect.</summary>
    public const int TryAgainLater = 1013;

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalServerError = 4500;

    /// <summary>A message the protocol does not allow: not JSON, unknown type, missing id or payload.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation was sent before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused (bad token), or its token expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> arrived in time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>An operation id that is already in use.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;
}
