using System.Net;
using System.Net.Sockets;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>
/// Connects a delivery to the address its URL's name resolves to now, and refuses (outside Development) a name that
/// resolves to a private, loopback or link-local address: registration checked the name as written, but DNS can change
/// afterwards (server-side request forgery). The connection is made to the address checked, so a second lookup cannot
/// swap it.
/// </summary>
internal static class WebhookAddressGuard
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowLocalNetworks) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            if (!allowLocalNetworks && addresses.FirstOrDefault(NetworkAddresses.IsPrivateOrLocal) is { } refused)
            {
                throw new WebhookAddressRefusedException($"The endpoint's name \"{host}\" resolves to {refused}, a private, loopback or link-local address, which webhooks are never sent to");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}

/// <summary>A delivery's URL resolved to an address webhooks are not sent to.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
