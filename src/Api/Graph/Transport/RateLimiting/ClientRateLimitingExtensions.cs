using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Transport.RateLimiting;

/// <summary>
/// Limits how many requests each client may send, with ASP.NET Core's rate limiting middleware: one token bucket per
/// client, sized per kind of client from the section <c>RateLimits</c> (<c>RateLimits:&lt;kind&gt;:PermitsPerMinute</c>,
/// optional <c>…:Burst</c>; <c>RateLimits:Enabled</c> false turns limiting off). A refused request gets 429 with
/// <c>Retry-After</c> (seconds) and a GraphQL-shaped body with code <c>RATE_LIMITED</c>; nothing behind the limiter runs.
/// </summary>
/// <remarks>
/// A token bucket rather than a sliding window: a client that was quiet may send a burst at once (a page that opens
/// with several queries), and then gets a steady rate, with no cliff at a window's edge where twice the limit could
/// pass. Requests are refused at once, never queued: a queue would hold connections open and hide the limit.
/// Endpoints with <c>DisableRateLimiting()</c> (health probes) are never limited. A WebSocket costs one request, its
/// upgrade; messages on an open socket are bounded by the socket transport (one connection_init, its operation and
/// message size limits), not here. A kind without a section is not limited.
/// </remarks>
public static class ClientRateLimitingExtensions
{
    public const string SectionName = "RateLimits";

    public static IServiceCollection AddClientRateLimiting<TPartitioner>(this IServiceCollection services, IConfiguration configuration)
        where TPartitioner : class, IClientPartitioner
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IClientPartitioner, TPartitioner>();

        // Read when first needed, not now: configuration added later (tests, environment) still counts.
        var limits = new Lazy<Limits>(() => Read(configuration));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, ClientPartition>(context =>
            {
                var partition = context.RequestServices.GetRequiredService<IClientPartitioner>().Partition(context);
                return limits.Value.Enabled && limits.Value.ByKind.TryGetValue(partition.Kind, out var limit)
                    ? RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limit.BucketSize,
                        TokensPerPeriod = 1,
                        ReplenishmentPeriod = TimeSpan.FromTicks(Math.Max(1, TimeSpan.TicksPerMinute / limit.PermitsPerMinute)),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(partition);
            });
            options.OnRejected = (context, cancellationToken) => RejectAsync(context, limits.Value, cancellationToken);
        });
        return services;
    }

    /// <summary>Adds the limiter to the pipeline. Call after authentication: the partition depends on who is calling.</summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();

    private static async ValueTask RejectAsync(OnRejectedContext rejected, Limits limits, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var partitioner = context.RequestServices.GetRequiredService<IClientPartitioner>();
        var partition = partitioner.Partition(context);
        partitioner.Rejected(partition);

        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var perMinute = limits.ByKind.TryGetValue(partition.Kind, out var limit) ? limit.PermitsPerMinute : 0;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Too many requests: this client may send {perMinute:N0} requests a minute (bursts of {limit?.BucketSize ?? 0:N0}). Try again in {seconds} {(seconds == 1 ? "second" : "seconds")} (the Retry-After header says the same).");

        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new { errors = new[] { new { message, extensions = new { code = "RATE_LIMITED", retryAfterSeconds = seconds } } } },
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Limits Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var byKind = new Dictionary<string, ClientRateLimit>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in section.GetChildren().Where(child => child.GetChildren().Any()))
        {
            var limit = kind.Get<ClientRateLimit>() ?? new ClientRateLimit();
            if (limit.PermitsPerMinute < 1 || limit.BucketSize < 1)
            {
                throw new InvalidOperationException($"{SectionName}:{kind.Key} is invalid: PermitsPerMinute (and Burst, when set) must be at least 1.");
            }

            byKind[kind.Key] = limit;
        }

        return new Limits(section.GetValue("Enabled", true), byKind);
    }

    private sealed record Limits(bool Enabled, IReadOnlyDictionary<string, ClientRateLimit> ByKind);
}
