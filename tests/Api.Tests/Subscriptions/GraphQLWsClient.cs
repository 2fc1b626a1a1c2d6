using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// A <c>graphql-transport-ws</c> client over a real WebSocket to the test server, written for the tests: it sends
/// exactly what it is told (so tests can break the protocol on purpose) and collects what the server sends.
/// </summary>
internal sealed class GraphQLWsClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>Long enough for a slow CI machine; a test that waits this long has failed.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource<(int? Code, string? Reason)> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _receiving;
    private readonly List<JsonObject> _stash = [];

    private GraphQLWsClient(WebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>The subprotocol the server chose.</summary>
    public string? NegotiatedSubProtocol => _socket.SubProtocol;

    public static async Task<GraphQLWsClient> ConnectAsync(TestServer server, string? subProtocol = SubProtocol, string? authorizationHeader = null)
    {
        var client = server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        if (authorizationHeader is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorizationHeader;
        }

        using var timeout = new CancellationTokenSource(Patience);
        var socket = await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), timeout.Token);
        return new GraphQLWsClient(socket);
    }

    /// <summary>Connects, sends <c>connection_init</c> with the token and waits for <c>connection_ack</c>.</summary>
    public static async Task<GraphQLWsClient> ConnectAndInitAsync(TestServer server, string? token)
    {
        var client = await ConnectAsync(server);
        await client.InitAsync(token);
        return client;
    }

    /// <summary>
    /// Connects over a real socket to a server at <paramref name="address"/> (<c>ws://host:port/graphql</c>, an API
    /// process rather than the in-memory test server), sends <c>connection_init</c> and waits for <c>connection_ack</c>.
    /// </summary>
    public static async Task<GraphQLWsClient> ConnectAndInitAsync(Uri address, string? token)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        using (var timeout = new CancellationTokenSource(Patience))
        {
            await socket.ConnectAsync(address, timeout.Token);
        }

        var client = new GraphQLWsClient(socket);
        await client.InitAsync(token);
        return client;
    }

    public async Task InitAsync(string? token)
    {
        await SendAsync(token is null
            ? new JsonObject { ["type"] = "connection_init" }
            : new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + token } });
        var ack = await NextAsync();
        Assert.Equal("connection_ack", (string?)ack["type"]);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : JsonSerializer.SerializeToNode(variables),
            },
        });

    /// <summary>
    /// Sends a ping and waits for the pong. The server handles a connection's messages in order, and answers a
    /// subscription's <c>subscribe</c> only once it listens: after this returns, earlier subscriptions are listening.
    /// </summary>
    public async Task PingPongAsync()
    {
        await SendAsync(new JsonObject { ["type"] = "ping" });
        var pong = await NextAsync();
        Assert.Equal("pong", (string?)pong["type"]);
    }

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public async Task SendBinaryAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, WebSocketMessageType.Binary, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message from the server; fails if none comes, or the socket closes first.</summary>
    public Task<JsonObject> NextAsync(TimeSpan? within = null)
    {
        if (_stash.Count > 0)
        {
            var first = _stash[0];
            _stash.RemoveAt(0);
            return Task.FromResult(first);
        }

        return ReceiveAsync(within);
    }

    /// <summary>
    /// The next message for the operation <paramref name="id"/>. Operations on one connection interleave; messages
    /// for other operations are kept, in order, for later reads.
    /// </summary>
    public async Task<JsonObject> NextForAsync(string id, TimeSpan? within = null)
    {
        var index = _stash.FindIndex(message => (string?)message["id"] == id);
        if (index >= 0)
        {
            var found = _stash[index];
            _stash.RemoveAt(index);
            return found;
        }

        while (true)
        {
            var message = await ReceiveAsync(within);
            if ((string?)message["id"] == id)
            {
                return message;
            }

            _stash.Add(message);
        }
    }

    private async Task<JsonObject> ReceiveAsync(TimeSpan? within)
    {
        using var timeout = new CancellationTokenSource(within ?? Patience);
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            var (code, reason) = await _closed.Task;
            throw new InvalidOperationException($"The server closed the socket ({code}: {reason}) instead of sending a message.");
        }
    }

    /// <summary>The next message, which must be a <c>next</c> for <paramref name="id"/>; returns its payload.</summary>
    public async Task<JsonObject> NextPayloadAsync(string id, TimeSpan? within = null)
    {
        var message = await NextForAsync(id, within);
        Assert.True((string?)message["type"] == "next" && (string?)message["id"] == id, $"Expected next for {id}, got {message.ToJsonString()}");
        return message["payload"]!.AsObject();
    }

    /// <summary>Waits for the server to close the socket; returns its close code and reason. Messages before it are skipped.</summary>
    public async Task<(int? Code, string? Reason)> ClosedAsync(TimeSpan? within = null)
    {
        return await _closed.Task.WaitAsync(within ?? Patience);
    }

    /// <summary>Messages received so far and not yet read.</summary>
    public IReadOnlyList<JsonObject> Drain()
    {
        var list = new List<JsonObject>(_stash);
        _stash.Clear();
        while (_received.Reader.TryRead(out var message))
        {
            list.Add(message);
        }

        return list;
    }

    /// <summary>Closes normally (1000), as a client that goes away politely does.</summary>
    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }

        await ClosedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        try
        {
            await _receiving.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
        }

        _socket.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult(((int?)result.CloseStatus, result.CloseStatusDescription));
                        if (_socket.State == WebSocketState.CloseReceived)
                        {
                            await _socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                _received.Writer.TryWrite(JsonNode.Parse(message.ToArray())!.AsObject());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult((null, exception.GetType().Name));
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
