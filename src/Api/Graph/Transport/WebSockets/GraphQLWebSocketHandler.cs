using System.Net.WebSockets;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade and serves it with the <c>graphql-transport-ws</c> protocol. A client that does not
/// offer that subprotocol is accepted only to be closed with 4406, so it learns why.
/// </summary>
internal sealed class GraphQLWebSocketHandler(GraphQLWebSocketServices services)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = offered ? SubProtocol : null,
            KeepAliveInterval = services.Options.KeepAliveInterval,
        }).ConfigureAwait(false);

        if (!offered)
        {
            await RefuseAsync(socket, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await ServeAsync(socket, context, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Serves an accepted socket until it closes.</summary>
    public async Task ServeAsync(WebSocket socket, HttpContext handshake, CancellationToken clientGone)
    {
        using var connection = new GraphQLWebSocketConnection(socket, handshake, services);
        await connection.RunAsync(clientGone).ConfigureAwait(false);
    }

    private async Task RefuseAsync(WebSocket socket, CancellationToken clientGone)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(clientGone);
        timeout.CancelAfter(services.Options.CloseTimeout);
        try
        {
            await socket.CloseAsync(
                (WebSocketCloseStatus)GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable: use " + SubProtocol,
                timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            socket.Abort();
        }
    }
}
