using System.Security.Claims;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>The outcome of <c>connection_init</c>: the connection's user and when its token expires, or why it was refused.</summary>
internal sealed record ConnectionAuthentication(ClaimsPrincipal? User, DateTimeOffset? ExpiresAt, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static ConnectionAuthentication Accepted(ClaimsPrincipal user, DateTimeOffset? expiresAt) => new(user, expiresAt, null);

    public static ConnectionAuthentication Refused(string reason) => new(null, null, reason);
}
