using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// The server's side of a socket whose client the test plays: what the client "sends" is queued for the server to
/// receive, what the server sends is recorded, and the client can stop reading (<see cref="StopReading"/>), so that
/// every send then waits as it does when a real client's buffers are full.
/// </summary>
internal sealed class ScriptedWebSocket : WebSocket
{
    private readonly Channel<(byte[] Data, WebSocketMessageType Type)> _incoming = Channel.CreateUnbounded<(byte[], WebSocketMessageType)>();
    private readonly ConcurrentQueue<JsonObject> _sent = new();
    private volatile bool _reading = true;
    private WebSocketState _state = WebSocketState.Open;

    public override WebSocketCloseStatus? CloseStatus => SentCloseStatus;

    public override string? CloseStatusDescription => null;

    public override WebSocketState State => _state;

    public override string? SubProtocol => "graphql-transport-ws";

    public WebSocketCloseStatus? SentCloseStatus { get; private set; }

    public bool Aborted { get; private set; }

    public IReadOnlyCollection<JsonObject> Sent => _sent;

    /// <summary>The client sends a text message.</summary>
    public void Receive(JsonObject message) =>
        _incoming.Writer.TryWrite((Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text));

    /// <summary>From now on every send waits, until the server gives up on it.</summary>
    public void StopReading() => _reading = false;

    public async Task<JsonObject> SentAsync(Func<JsonObject, bool> match)
    {
        var deadline = DateTime.UtcNow + GraphQLWsClient.Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_sent.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The server did not send the expected message.");
    }

    public override void Abort()
    {
        Aborted = true;
        _state = WebSocketState.Aborted;
        _incoming.Writer.TryComplete(new WebSocketException(WebSocketError.ConnectionClosedPrematurely));
    }

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
    {
        SentCloseStatus = closeStatus;
        _state = WebSocketState.CloseSent;

        // The client answers the close frame at once.
        _incoming.Writer.TryWrite(([], WebSocketMessageType.Close));
        return Task.CompletedTask;
    }

    public override void Dispose()
    {
    }

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        // WaitToReadAsync rethrows what ended the channel (the abort's WebSocketException), as a real socket would.
        (byte[] Data, WebSocketMessageType Type) item;
        while (!_incoming.Reader.TryRead(out item))
        {
            await _incoming.Reader.WaitToReadAsync(cancellationToken);
        }

        var (data, type) = item;
        if (type == WebSocketMessageType.Close)
        {
            _state = WebSocketState.Closed;
            return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, WebSocketCloseStatus.NormalClosure, null);
        }

        data.CopyTo(buffer.Array!, buffer.Offset);
        return new WebSocketReceiveResult(data.Length, type, endOfMessage: true);
    }

    public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (!_reading)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        _sent.Enqueue(JsonNode.Parse(buffer.AsSpan())!.AsObject());
    }
}
