using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Graph.Transport.Cors;

/// <summary>
/// One CORS policy for every endpoint: the configured origins (<see cref="CorsOriginOptions.Origins"/>) and those of
/// <see cref="IAllowedOriginSource"/>, read at most once per <see cref="CorsOriginOptions.CacheFor"/>; any other origin
/// gets no CORS headers, so the browser refuses to hand the answer to its page. Methods GET, POST and OPTIONS; request
/// headers <c>Authorization</c> and <c>Content-Type</c> (<c>Accept</c> is always allowed); no credentials: callers
/// send bearer tokens, never cookies. WebSockets are not subject to CORS (graphql-ws needs no header here): a socket
/// carries no ambient credentials, its token comes in <c>connection_init</c>.
/// </summary>
internal sealed class OriginCorsPolicyProvider(IServiceScopeFactory scopes, IOptions<CorsOriginOptions> options, TimeProvider time) : ICorsPolicyProvider, IDisposable
{
    private readonly CorsOriginOptions _options = options.Value;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = _snapshot;
        if (snapshot is null || time.GetUtcNow() >= snapshot.Expires)
        {
            snapshot = await ReloadAsync(context.RequestAborted).ConfigureAwait(false);
        }

        return snapshot.Policy;
    }

    private async Task<Snapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have reloaded while this one waited.
            if (_snapshot is { } current && time.GetUtcNow() < current.Expires)
            {
                return current;
            }

            IReadOnlyCollection<string> registered;
            await using (var scope = scopes.CreateAsyncScope())
            {
                registered = await scope.ServiceProvider.GetRequiredService<IAllowedOriginSource>().LoadAsync(cancellationToken).ConfigureAwait(false);
            }

            var origins = _options.Origins.Concat(registered).Select(Normalise).Where(o => o is not null).Distinct(StringComparer.Ordinal).ToArray();
            var policy = new CorsPolicyBuilder()
                .WithOrigins(origins!)
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)
                .WithHeaders("Authorization", "Content-Type")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(_options.PreflightMaxAge)
                .DisallowCredentials()
                .Build();
            var snapshot = new Snapshot(policy, time.GetUtcNow() + _options.CacheFor);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>scheme://host[:port], lower case, default port dropped: how browsers send the Origin header.</summary>
    private static string? Normalise(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() : null;

    private sealed record Snapshot(CorsPolicy Policy, DateTimeOffset Expires);
}
