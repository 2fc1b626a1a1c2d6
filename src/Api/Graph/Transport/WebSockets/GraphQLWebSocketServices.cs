using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>What every connection needs from the container, resolved once.</summary>
internal sealed class GraphQLWebSocketServices(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ConnectionInitAuthenticator authenticator,
    WebSocketUserBinding binding,
    IServiceScopeFactory scopes,
    IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime,
    ConnectionRevocations revocations,
    ILogger<GraphQLWebSocketConnection> logger)
{
    public IDocumentExecuter<ISchema> Executer { get; } = executer;

    public ProtocolMessages Messages { get; } = new(serializer);

    /// <summary>Reads <c>subscribe</c> payloads as HTTP reads request bodies.</summary>
    public GraphQLRequestParser RequestParser { get; } = new(serializer);

    public ConnectionInitAuthenticator Authenticator { get; } = authenticator;

    public WebSocketUserBinding Binding { get; } = binding;

    public IServiceScopeFactory Scopes { get; } = scopes;

    public GraphQLWebSocketOptions Options { get; } = options.Value;

    /// <summary>Signals that the host is stopping: every open connection then closes with 1001.</summary>
    public CancellationToken ApplicationStopping { get; } = lifetime.ApplicationStopping;

    /// <summary>Where a connection registers so that its user's access can be revoked while it is open.</summary>
    public ConnectionRevocations Revocations { get; } = revocations;

    public ILogger Logger { get; } = logger;
}
