using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// One client's socket, speaking <c>graphql-transport-ws</c>: the receive loop reads and answers messages in the order
/// they arrive; a send loop writes from a bounded queue, so a slow client holds up only itself; every operation runs
/// in its own DI scope bound to the connection's user.
/// </summary>
/// <remarks>
/// A <c>subscribe</c> for a subscription is answered before the next message is read, so a message sent after it is
/// handled once the subscription listens. Queries and mutations run alongside, and each ends with <c>complete</c>.
/// </remarks>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    private const int ReceiveChunkBytes = 8 * 1024;
    private const int KeepBufferBytes = 64 * 1024;
    private const int MaxCloseReasonBytes = 123;

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private readonly WebSocket _socket;
    private readonly HttpContext _handshake;
    private readonly GraphQLWebSocketServices _services;
    private readonly GraphQLWebSocketOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<byte[]> _sendQueue;
    private readonly TaskCompletionSource<(int Code, string Reason)> _closeRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _ended = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user = Anonymous;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext handshake, GraphQLWebSocketServices services)
    {
        _socket = socket;
        _handshake = handshake;
        _services = services;
        _options = services.Options;
        _logger = services.Logger;
        _sendQueue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(_options.SendQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The code and reason the connection was (or is being) closed with, once it is.</summary>
    public (int Code, string Reason)? CloseStatus => _closeRequest.Task.IsCompleted ? _closeRequest.Task.Result : null;

    /// <summary>Serves the connection until either side closes it or the client goes away.</summary>
    public async Task RunAsync(CancellationToken clientGone)
    {
        using var whenClientGone = clientGone.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort);
        var sending = Task.Run(SendLoopAsync, CancellationToken.None);
        Track(WatchInitialisationAsync());
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            LogClientGone(_logger, exception.GetType().Name);
        }
        catch (Exception exception)
        {
            // A fault of ours: the client learns that much, the log the rest.
            LogConnectionFailed(_logger, exception);
            RequestClose(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            RequestClose(GraphQLWebSocketCloseCodes.NormalClosure, string.Empty);
            StopOperations();
            await _ended.CancelAsync().ConfigureAwait(false);
            _sendQueue.Writer.TryComplete();
            await sending.ConfigureAwait(false);
            await WaitForRunningAsync().ConfigureAwait(false);
            if (_socket.State != WebSocketState.Closed)
            {
                _socket.Abort();
            }
        }
    }

    public void Dispose()
    {
        _ended.Dispose();
        _abort.Dispose();
    }

    // ---- receiving ------------------------------------------------------------------------------------------------

    private async Task ReceiveLoopAsync()
    {
        var chunk = new byte[ReceiveChunkBytes];
        var message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
        var tooBig = false;
        while (true)
        {
            var received = await _socket.ReceiveAsync(chunk.AsMemory(), _abort.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                // The client closes (normally 1000); answer its close frame with the same code.
                RequestClose((int?)_socket.CloseStatus ?? GraphQLWebSocketCloseCodes.NormalClosure, string.Empty);
                return;
            }

            if (!tooBig)
            {
                if (message.WrittenCount + received.Count > _options.MaxMessageBytes)
                {
                    tooBig = true;
                    RequestClose(GraphQLWebSocketCloseCodes.MessageTooBig, $"Messages may be at most {_options.MaxMessageBytes} bytes");
                }
                else
                {
                    message.Write(chunk.AsSpan(0, received.Count));
                }
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            // Once the server has asked to close, it only waits for the client's close frame.
            if (!tooBig && !IsClosing)
            {
                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: send JSON text, not binary");
                }
                else
                {
                    await HandleMessageAsync(message.WrittenMemory).ConfigureAwait(false);
                }
            }

            if (message.Capacity > KeepBufferBytes)
            {
                message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
            }
            else
            {
                message.ResetWrittenCount();
            }

            tooBig = false;
        }
    }

    private bool IsClosing => _closeRequest.Task.IsCompleted;

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement)
                || typeElement.ValueKind != JsonValueKind.String)
            {
                RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: a JSON object with a string 'type' is required");
                return;
            }

            var type = typeElement.GetString();
            if (!TryGetPayload(root, out var payload))
            {
                RequestClose(GraphQLWebSocketCloseCodes.BadRequest, $"Invalid message: the payload of '{type}' must be an object");
                return;
            }

            switch (type)
            {
                case "connection_init":
                    await InitialiseAsync(payload).ConfigureAwait(false);
                    break;
                case "ping":
                    Enqueue(ProtocolMessages.Pong(payload));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(root, payload).ConfigureAwait(false);
                    break;
                case "complete":
                    Complete(root);
                    break;
                default:
                    RequestClose(GraphQLWebSocketCloseCodes.BadRequest, $"Invalid message: unexpected type '{type}'");
                    break;
            }
        }
    }

    /// <summary>The message's payload: an object, or Undefined when it has none (absent or null). False for anything else.</summary>
    private static bool TryGetPayload(JsonElement root, out JsonElement payload)
    {
        payload = default;
        if (!root.TryGetProperty("payload", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        payload = value;
        return value.ValueKind == JsonValueKind.Object;
    }

    private async Task InitialiseAsync(JsonElement payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            RequestClose(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var authentication = await _services.Authenticator.AuthenticateAsync(payload, _handshake, _ended.Token).ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            LogRefused(_logger, authentication.Refusal!);
            RequestClose(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: " + authentication.Refusal);
            return;
        }

        _user = authentication.User ?? Anonymous;
        if (authentication.ExpiresAt is { } expiresAt)
        {
            Track(CloseWhenTokenExpiresAsync(expiresAt));
        }

        _acknowledged = true;
        Enqueue(ProtocolMessages.ConnectionAck());
    }

    private async Task SubscribeAsync(JsonElement root, JsonElement payload)
    {
        if (!_acknowledged)
        {
            RequestClose(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (!TryGetId(root, out var id))
        {
            RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: subscribe needs a non-empty string 'id'");
            return;
        }

        if (!_services.RequestParser.TryParse(payload, out var request, out var problem))
        {
            RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: " + Describe(problem));
            return;
        }

        if (_operations.ContainsKey(id))
        {
            RequestClose(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            Enqueue(_services.Messages.Error(id, [new ExecutionError(
                $"This connection already runs {_options.MaxOperationsPerConnection} operations; complete one before starting another.") { Code = "TOO_MANY_OPERATIONS" }]));
            return;
        }

        var operation = new WebSocketOperation(id, _ended.Token);
        _operations[id] = operation;
        var run = RunOperationAsync(operation, request);
        if (IsSubscription(request))
        {
            await run.ConfigureAwait(false);
        }
        else
        {
            Track(run);
        }
    }

    private static bool TryGetId(JsonElement root, out string id)
    {
        id = string.Empty;
        if (!root.TryGetProperty("id", out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        id = element.GetString()!;
        return id.Length > 0;
    }

    /// <summary>Words the request parser's problem as a close reason (at most 123 bytes, so briefer than over HTTP).</summary>
    private static string Describe(GraphQLRequestProblem problem) => problem.Parameter switch
    {
        null => "subscribe needs a payload object with the GraphQL document in 'query'",
        GraphQLRequestParser.Query => "'query' must be a string holding the GraphQL document",
        GraphQLRequestParser.OperationName => "'operationName' must be a string or null",
        var parameter => $"'{parameter}' must be an object or null",
    };

    /// <summary>Whether the operation the request selects is a subscription. A document that does not parse is left to the engine to report.</summary>
    private static bool IsSubscription(GraphQLRequestParameters request)
    {
        try
        {
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

    private void Complete(JsonElement root)
    {
        if (!TryGetId(root, out var id))
        {
            RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: complete needs a non-empty string 'id'");
            return;
        }

        // The client stops listening: nothing more is sent for this id, not even complete.
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
        }
    }

    // ---- operations -----------------------------------------------------------------------------------------------

    private async Task RunOperationAsync(WebSocketOperation operation, GraphQLRequestParameters request)
    {
        var scope = _services.Scopes.CreateAsyncScope();
        var scopeOwned = true;
        try
        {
            _services.Binding.Bind(scope.ServiceProvider, _user);
            var result = await _services.Executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = scope.ServiceProvider,
                User = _user,
                CancellationToken = operation.Cancelled,
            }).ConfigureAwait(false);

            if (result.Streams is { Count: > 0 } streams)
            {
                // The scope the subscription started in lives as long as it listens; each event gets its own.
                scopeOwned = false;
                var observer = new OperationObserver(this, operation);
                operation.Attach(streams.Values.First().Subscribe(observer), scope);
                return;
            }

            if (!_operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation)))
            {
                return;
            }

            operation.Dispose();
            if (!result.Executed && result.Errors is { Count: > 0 } errors)
            {
                Enqueue(_services.Messages.Error(operation.Id, errors));
                return;
            }

            Enqueue(_services.Messages.Next(operation.Id, result));
            Enqueue(ProtocolMessages.Complete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Cancelled.IsCancellationRequested)
        {
            // Completed by the client, or the connection ended: nobody is waiting for an answer.
        }
        catch (Exception exception)
        {
            LogOperationFailed(_logger, exception, operation.Id);
            if (_operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation)))
            {
                operation.Dispose();
                Enqueue(_services.Messages.Error(operation.Id, [new UnhandledError("Unexpected error.", exception)]));
            }
        }
        finally
        {
            if (scopeOwned)
            {
                await scope.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private void OnStreamResult(WebSocketOperation operation, ExecutionResult result)
    {
        if (!operation.IsDisposed)
        {
            Enqueue(_services.Messages.Next(operation.Id, result));
        }
    }

    private void OnStreamEnded(WebSocketOperation operation, Exception? failure)
    {
        if (!_operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation)))
        {
            return;
        }

        if (failure is not null)
        {
            var error = failure as ExecutionError ?? new UnhandledError("The subscription's event stream failed.", failure);
            if (error is UnhandledError)
            {
                LogOperationFailed(_logger, failure, operation.Id);
            }

            Enqueue(_services.Messages.Next(operation.Id, new ExecutionResult { Errors = [error] }));
        }

        Enqueue(ProtocolMessages.Complete(operation.Id));
        operation.Dispose();
    }

    private void StopOperations()
    {
        foreach (var id in _operations.Keys)
        {
            if (_operations.TryRemove(id, out var operation))
            {
                operation.Dispose();
            }
        }
    }

    private void Track(Task task)
    {
        if (task.IsCompleted)
        {
            return;
        }

        _running.TryAdd(task, 0);
        _ = task.ContinueWith(
            static (done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _),
            _running,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task WaitForRunningAsync()
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(_options.CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Operations that ignore cancellation are left to finish on their own; their results go nowhere.
        }
    }

    // ---- timers ---------------------------------------------------------------------------------------------------

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
            RequestClose(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
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

        RequestClose(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: token expired; reconnect with a new token");
    }

    // ---- sending --------------------------------------------------------------------------------------------------

    /// <summary>
    /// Queues a message for the client without waiting. When the queue is full the client is not keeping up: rather
    /// than grow without bound or hold up the producer, the connection is closed with 1013 (try again later).
    /// </summary>
    private void Enqueue(byte[] message)
    {
        if (IsClosing || _sendQueue.Writer.TryWrite(message))
        {
            return;
        }

        LogSlowClient(_logger, _options.SendQueueCapacity);
        RequestClose(GraphQLWebSocketCloseCodes.TryAgainLater, "Too many messages waiting: the client reads too slowly. Reconnect and read again");
    }

    /// <summary>
    /// Starts closing: no more operations run or messages queue, the send loop sends the close frame, and the socket is
    /// dropped if the close handshake (or a blocked send) takes longer than <see cref="GraphQLWebSocketOptions.CloseTimeout"/>.
    /// </summary>
    private void RequestClose(int code, string reason)
    {
        if (!_closeRequest.TrySetResult((code, Truncate(reason))))
        {
            return;
        }

        if (code != GraphQLWebSocketCloseCodes.NormalClosure)
        {
            LogClosing(_logger, code, reason);
        }

        try
        {
            _abort.CancelAfter(_options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }

        StopOperations();
    }

    private async Task SendLoopAsync()
    {
        var reader = _sendQueue.Reader;
        try
        {
            while (!IsClosing)
            {
                var ready = reader.WaitToReadAsync(_abort.Token).AsTask();
                if (await Task.WhenAny(ready, _closeRequest.Task).ConfigureAwait(false) != ready || !await ready.ConfigureAwait(false))
                {
                    break;
                }

                while (!IsClosing && reader.TryRead(out var message))
                {
                    await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _abort.Token).ConfigureAwait(false);
                }
            }

            var (code, reason) = await _closeRequest.Task.ConfigureAwait(false);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, _abort.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client went away, or would not take the close frame in time: drop the socket.
            _socket.Abort();
        }
        finally
        {
            while (reader.TryRead(out _))
            {
                // Nobody will read what was left.
            }
        }
    }

    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var end = reason.Length;
        while (end > 0 && Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > MaxCloseReasonBytes - 3)
        {
            end--;
        }

        if (end > 0 && char.IsHighSurrogate(reason[end - 1]))
        {
            end--;
        }

        return string.Concat(reason.AsSpan(0, end), "...");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL WebSocket: the client went away ({Reason}).")]
    private static partial void LogClientGone(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL WebSocket: connection_init refused: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL WebSocket: closing with {Code}: {Reason}")]
    private static partial void LogClosing(ILogger logger, int code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL WebSocket: {Capacity} messages are waiting for a client; it is disconnected (1013).")]
    private static partial void LogSlowClient(ILogger logger, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket: the connection failed unexpectedly.")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket: operation {OperationId} failed unexpectedly.")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operationId);

    /// <summary>Passes a subscription's results to the client, and ends the operation when its stream ends.</summary>
    private sealed class OperationObserver(GraphQLWebSocketConnection connection, WebSocketOperation operation) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.OnStreamResult(operation, value);

        public void OnError(Exception error) => connection.OnStreamEnded(operation, error);

        public void OnCompleted() => connection.OnStreamEnded(operation, null);
    }
}
