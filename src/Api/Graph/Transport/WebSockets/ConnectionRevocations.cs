using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Closes open WebSocket connections, at once, whose token is no longer to be honoured although it has not expired
/// (an application suspended). Connections are grouped by the value of one claim of their user
/// (<see cref="GraphQLWebSocketOptions.RevocationClaim"/>, <c>azp</c> by default: the calling application's id). This
/// instance's connections only.
/// </summary>
public sealed class ConnectionRevocations(IOptions<GraphQLWebSocketOptions> options)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<long, Action<string>>> _open = new(StringComparer.OrdinalIgnoreCase);
    private long _next;

    /// <summary>Closes every open connection whose user's revocation claim is <paramref name="key"/> with 4403 and <paramref name="reason"/>; returns how many.</summary>
    public int Revoke(string key, string reason)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_open.TryGetValue(key, out var connections))
        {
            return 0;
        }

        var closed = 0;
        foreach (var close in connections.Values)
        {
            close(reason);
            closed++;
        }

        return closed;
    }

    /// <summary>Tracks a connection's user until the returned handle is disposed.</summary>
    internal IDisposable Track(ClaimsPrincipal user, Action<string> close)
    {
        if (user.FindFirst(options.Value.RevocationClaim)?.Value is not { Length: > 0 } key)
        {
            return NoConnection.Instance;
        }

        var id = Interlocked.Increment(ref _next);
        var connections = _open.GetOrAdd(key, _ => new ConcurrentDictionary<long, Action<string>>());
        connections[id] = close;
        return new Tracked(() =>
        {
            connections.TryRemove(id, out _);
            if (connections.IsEmpty)
            {
                _open.TryRemove(new KeyValuePair<string, ConcurrentDictionary<long, Action<string>>>(key, connections));
            }
        });
    }

    private sealed class Tracked(Action untrack) : IDisposable
    {
        private Action? _untrack = untrack;

        public void Dispose() => Interlocked.Exchange(ref _untrack, null)?.Invoke();
    }

    private sealed class NoConnection : IDisposable
    {
        public static readonly NoConnection Instance = new();

        public void Dispose()
        {
        }
    }
}
