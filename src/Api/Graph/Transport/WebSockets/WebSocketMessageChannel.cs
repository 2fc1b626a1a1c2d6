using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// The framing under a GraphQL WebSocket connection: reads whole text messages within the size limit, writes from a
/// bounded queue so a slow client holds up only itself, and closes with a code and a reason. It knows nothing of
/// what the messages say.
/// </summary>
internal sealed partial class WebSocketMessageChannel : IDisposable
{
    // Small: every open socket holds its chunk and message buffer while it waits, and a portal's sockets are mostly idle
    // (5,000 sockets × 16 KB was 80 MB); a client's messages are small, and a large one just takes more reads.
    private const int ReceiveChunkBytes = 1024;
    private const int KeepBufferBytes = 16 * 1024;
    private const int MaxCloseReasonBytes = 123;

    private readonly WebSocket _socket;
    private readonly GraphQLWebSocketOptions _options;
    private readonly ILogger _logger;
    private readonly Action _onClosing;
    private readonly Channel<byte[]> _sendQueue;
    private readonly TaskCompletionSource<(int Code, string Reason)> _closeRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abort = new();
    private Task _sending = Task.CompletedTask;
    private CancellationTokenRegistration _whenClientGone;

    /// <param name="onClosing">Called once, when closing starts: from then on nothing more is sent but the close frame.</param>
    public WebSocketMessageChannel(WebSocket socket, GraphQLWebSocketOptions options, ILogger logger, Action onClosing)
    {
        _socket = socket;
        _options = options;
        _logger = logger;
        _onClosing = onClosing;
        _sendQueue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(options.SendQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The code and reason the connection was (or is being) closed with, once it is.</summary>
    public (int Code, string Reason)? CloseStatus => IsClosing ? _closeRequest.Task.Result : null;

    public bool IsClosing => _closeRequest.Task.IsCompleted;

    /// <summary>Starts sending what is queued; the socket is dropped as soon as <paramref name="clientGone"/> fires.</summary>
    public void Start(CancellationToken clientGone)
    {
        _whenClientGone = clientGone.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort);
        _sending = Task.Run(SendLoopAsync, CancellationToken.None);
    }

    /// <summary>
    /// Hands every whole text message to <paramref name="onMessage"/>, one at a time, until the client closes or goes
    /// away. A failure of <paramref name="onMessage"/> closes the connection with 4500.
    /// </summary>
    public async Task ReceiveAsync(Func<ReadOnlyMemory<byte>, Task> onMessage)
    {
        try
        {
            await ReceiveLoopAsync(onMessage).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            LogClientGone(_logger, exception.GetType().Name);
        }
        catch (Exception exception)
        {
            // A fault of ours: the client learns that much, the log the rest.
            LogConnectionFailed(_logger, exception);
            Close(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
        }
    }

    /// <summary>Takes no more messages, and waits until the close frame is sent or the socket dropped.</summary>
    public async Task StopSendingAsync()
    {
        _sendQueue.Writer.TryComplete();
        await _sending.ConfigureAwait(false);
    }

    /// <summary>Drops the socket unless its close handshake finished.</summary>
    public void DropUnlessClosed()
    {
        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }
    }

    /// <summary>
    /// Queues a message for the client without waiting. When the queue is full the client is not keeping up: rather
    /// than grow without bound or hold up the producer, the connection is closed with 1013 (try again later).
    /// </summary>
    public void Send(byte[] message)
    {
        if (IsClosing || _sendQueue.Writer.TryWrite(message))
        {
            return;
        }

        LogSlowClient(_logger, _options.SendQueueCapacity);
        Close(GraphQLWebSocketCloseCodes.TryAgainLater, "Too many messages waiting: the client reads too slowly. Reconnect and read again");
    }

    /// <summary>
    /// Starts closing: no more messages queue, the send loop sends the close frame, and the socket is dropped if the
    /// close handshake (or a blocked send) takes longer than <see cref="GraphQLWebSocketOptions.CloseTimeout"/>.
    /// Only the first call counts.
    /// </summary>
    public void Close(int code, string reason)
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

        _onClosing();
    }

    public void Dispose()
    {
        _whenClientGone.Dispose();
        _abort.Dispose();
    }

    private async Task ReceiveLoopAsync(Func<ReadOnlyMemory<byte>, Task> onMessage)
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
                Close((int?)_socket.CloseStatus ?? GraphQLWebSocketCloseCodes.NormalClosure, string.Empty);
                return;
            }

            if (!tooBig)
            {
                if (message.WrittenCount + received.Count > _options.MaxMessageBytes)
                {
                    tooBig = true;
                    Close(GraphQLWebSocketCloseCodes.MessageTooBig, $"Messages may be at most {_options.MaxMessageBytes} bytes");
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
                    Close(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message: send JSON text, not binary");
                }
                else
                {
                    await onMessage(message.WrittenMemory).ConfigureAwait(false);
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

    /// <summary>A close reason may be at most 123 UTF-8 bytes; a longer one is cut, without splitting a character.</summary>
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

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL WebSocket: closing with {Code}: {Reason}")]
    private static partial void LogClosing(ILogger logger, int code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL WebSocket: {Capacity} messages are waiting for a client; it is disconnected (1013).")]
    private static partial void LogSlowClient(ILogger logger, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket: the connection failed unexpectedly.")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);
}
