namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Settings of the GraphQL WebSocket endpoint (the <c>graphql-transport-ws</c> protocol), bound from the
/// configuration section <c>GraphQL:WebSockets</c>.
/// </summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:WebSockets";

    /// <summary>How long a client has to send <c>connection_init</c> after the socket opens (default 10 s); then 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends WebSocket ping frames to keep idle connections open (default 30 s).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest message a client may send, in bytes (default 1 MiB, as for HTTP). A larger one closes the socket
    /// with 1009 (message too big) before it is parsed.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many messages may wait to be sent to one client (default 256). A client that reads so slowly that the
    /// queue fills is disconnected with 1013 (try again later): its memory stays bounded and nobody else waits for it.
    /// </summary>
    public int SendQueueCapacity { get; set; } = 256;

    /// <summary>How many operations one connection may run at once (default 100); more are refused with an <c>error</c> message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// How many subscription events the server resolves at once, across all connections (default: the number of
    /// processors). A change seen by many subscribers is then resolved for them a few at a time: requests keep being
    /// served meanwhile, and the database is not asked for hundreds of things at once.
    /// </summary>
    public int MaxConcurrentEvents { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// How many events of one subscription may wait to be resolved (default 64). A subscription whose events pile up
    /// beyond that is ended with a <c>SUBSCRIPTION_OVERFLOW</c> error, so that what waits for it stays bounded.
    /// </summary>
    public int MaxEventsInProgress { get; set; } = 64;

    /// <summary>How long the server waits for a close handshake, or for a blocked send, before it drops the socket (default 5 s).</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The authentication scheme that checks the token in <c>connection_init</c>; null for the default scheme.</summary>
    public string? AuthenticationScheme { get; set; }

    /// <summary>
    /// The claim that groups connections for <see cref="ConnectionRevocations"/> (default <c>azp</c>, the calling
    /// application's id): revoking its value closes those connections at once.
    /// </summary>
    public string RevocationClaim { get; set; } = "azp";
}
