using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using CarePlanGraph.Api.Graph.Execution;
using GraphQL;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// One client's socket, speaking <c>graphql-transport-ws</c>: answers the messages in the order they arrive
/// (<c>connection_init</c>, <c>ping</c>/<c>pong</c>, <c>subscribe</c>, <c>complete</c>). Framing and sending are the
/// <see cref="WebSocketMessageChannel"/>'s; running the operations is <see cref="WebSocketOperations"/>'.
/// </summary>
/// <remarks>
/// A <c>subscribe</c> for a subscription is answered before the next message is read, so a message sent after it is
/// handled once the subscription listens. Queries and mutations run alongside, and each ends with <c>complete</c>.
/// </remarks>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private readonly HttpContext _handshake;
    private readonly GraphQLWebSocketServices _services;
    private readonly GraphQLWebSocketOptions _options;
    private readonly int _maxDocumentBytes;
    private readonly WebSocketMessageChannel _channel;
    private readonly WebSocketOperations _operations;
    private readonly CancellationTokenSource _ended = new();
    private readonly ConnectionTasks _tasks = new();
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user = Anonymous;
    private IDisposable? _revocation;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext handshake, GraphQLWebSocketServices services)
    {
        _handshake = handshake;
        _services = services;
        _options = services.Options;
        _maxDocumentBytes = (handshake.RequestServices.GetService<RequestLimitsOptions>() ?? new RequestLimitsOptions()).MaxDocumentBytes;
        _operations = new WebSocketOperations(services, Send, _ended.Token);
        _channel = new WebSocketMessageChannel(socket, _options, services.Logger, onClosing: _operations.StopAll);
    }

    /// <summary>The code and reason the connection was (or is being) closed with, once it is.</summary>
    public (int Code, string Reason)? CloseStatus => _channel.CloseStatus;

    /// <summary>Serves the connection until either side closes it or the client goes away.</summary>
    public async Task RunAsync(CancellationToken clientGone)
    {
        _channel.Start(clientGone);

        // A stopping host waits for open requests, and a socket is one: close it with "going away" so the client
        // reconnects (to another instance) instead of the shutdown waiting out its timeout and dropping it.
        using var stopping = _services.ApplicationStopping.Register(
            () => Close(GraphQLWebSocketCloseCodes.GoingAway, "The server is shutting down; reconnect"));
        _tasks.Track(WatchInitialisationAsync());
        try
        {
            await _channel.ReceiveAsync(HandleMessageAsync).ConfigureAwait(false);
        }
        finally
        {
            _channel.Close(GraphQLWebSocketCloseCodes.NormalClosure, string.Empty);
            _operations.StopAll();
            await _ended.CancelAsync().ConfigureAwait(false);
            await _channel.StopSendingAsync().ConfigureAwait(false);
            await _tasks.WaitAsync(_options.CloseTimeout).ConfigureAwait(false);
            _channel.DropUnlessClosed();
        }
    }

    public void Dispose()
    {
        _revocation?.Dispose();
        _channel.Dispose();
        _ended.Dispose();
    }

    private void Send(byte[] message) => _channel.Send(message);

    private void Close(int code, string reason) => _channel.Close(code, reason);

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> bytes)
    {
        if (!ClientMessage.TryRead(bytes, out var message, out var problem))
        {
            Close(GraphQLWebSocketCloseCodes.BadRequest, problem);
            return;
        }

        using (message)
        {
            switch (message.Type)
            {
                case "connection_init":
                    await InitialiseAsync(message.Payload).ConfigureAwait(false);
                    break;
                case "ping":
                    Send(ProtocolMessages.Pong(message.Payload));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(message).ConfigureAwait(false);
                    break;
                case "complete":
                    Complete(message);
                    break;
                default:
                    Close(GraphQLWebSocketCloseCodes.BadRequest, $"Invalid message: unexpected type '{message.Type}'");
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var authentication = await _services.Authenticator.AuthenticateAsync(payload, _handshake, _ended.Token).ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            LogRefused(_services.Logger, authentication.Refusal!);
            Close(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: " + authentication.Refusal);
            return;
        }

        _user = authentication.User ?? Anonymous;
        _revocation = _services.Revocations.Track(_user, reason => Close(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: " + reason));
        if (authentication.ExpiresAt is { } expiresAt)
        {
            _tasks.Track(CloseWhenTokenExpiresAsync(expiresAt));
        }

        _acknowledged = true;
        Send(ProtocolMessages.ConnectionAck());
    }

    private async Task SubscribeAsync(ClientMessage message)
    {
        if (!_acknowledged)
        {
            Close(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (message.Id is not { } id)
        {
            Close(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: subscribe needs a non-empty string 'id'");
            return;
        }

        if (!_services.RequestParser.TryParse(message.Payload, out var request, out var problem))
        {
            Close(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: " + Describe(problem));
            return;
        }

        if (_operations.Contains(id))
        {
            Close(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            Send(_services.Messages.Error(id, [new ExecutionError(
                $"This connection already runs {_options.MaxOperationsPerConnection} operations; complete one before starting another.") { Code = "TOO_MANY_OPERATIONS" }]));
            return;
        }

        var isSubscription = IsSubscription(request);
        var run = _operations.StartAsync(id, request, _user, isSubscription);
        if (isSubscription)
        {
            await run.ConfigureAwait(false);
        }
        else
        {
            _tasks.Track(run);
        }
    }

    /// <summary>Words the request parser's problem as a close reason (at most 123 bytes, so briefer than over HTTP).</summary>
    private static string Describe(GraphQLRequestProblem problem) => problem.Parameter switch
    {
        _ when problem.InvalidText => "a string is not valid Unicode text (e.g. a lone surrogate)",
        _ when problem.Unreadable => $"'{problem.Parameter}' holds a value that cannot be read",
        null => "subscribe needs a payload object with the GraphQL document in 'query'",
        GraphQLRequestParser.Query => "'query' must be a string holding the GraphQL document",
        GraphQLRequestParser.DocumentId => "'documentId' must be a string or null",
        GraphQLRequestParser.OperationName => "'operationName' must be a string or null",
        var parameter => $"'{parameter}' must be an object or null",
    };

    /// <summary>
    /// Whether the operation the request selects is a subscription. A document that does not parse is left to the
    /// engine to report. A request by <c>documentId</c> is taken as one (started before the next message is read, as a
    /// subscription must be); the text is only known once loaded, so the time budget then ends if it was not.
    /// </summary>
    private bool IsSubscription(GraphQLRequestParameters request)
    {
        if (request.Query is null)
        {
            return true;
        }

        try
        {
            // The engine parses the document again under the request limits; here it is only peeked at, and only
            // once it is short enough for those limits not to matter for the cost of a parse.
            if (request.Query.Length > _maxDocumentBytes)
            {
                return false;
            }

            var operations = GraphQLParser.Parser.Parse(request.Query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(operation => operation.Name?.StringValue == request.OperationName);
            return selected?.Operation == OperationType.Subscription;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false;
        }
    }

    private void Complete(ClientMessage message)
    {
        if (message.Id is not { } id)
        {
            Close(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: complete needs a non-empty string 'id'");
            return;
        }

        // The client stops listening: nothing more is sent for this id, not even complete.
        _operations.Stop(id);
    }

    private async Task WatchInitialisationAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, TimeProvider.System, _ended.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            Close(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>Token lifetimes are real-world time, checked against the system clock as the token handler does.</summary>
    private async Task CloseWhenTokenExpiresAsync(DateTimeOffset expiresAt)
    {
        var longest = TimeSpan.FromDays(30);
        try
        {
            TimeSpan remaining;
            while ((remaining = expiresAt - TimeProvider.System.GetUtcNow()) > TimeSpan.Zero)
            {
                await Task.Delay(remaining < longest ? remaining : longest, TimeProvider.System, _ended.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Close(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: token expired; reconnect with a new token");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL WebSocket: connection_init refused: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string reason);
}
