using System.Security.Claims;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Tells a fresh DI scope who the connection's user is. Over WebSocket the user comes from <c>connection_init</c>,
/// not from the request, so every scope an operation or a subscription event runs in is bound to it first.
/// </summary>
internal sealed class WebSocketUserBinding(Action<IServiceProvider, ClaimsPrincipal> bind)
{
    public void Bind(IServiceProvider scopedServices, ClaimsPrincipal user) => bind(scopedServices, user);
}
