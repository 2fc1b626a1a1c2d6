using CarePlanGraph.Api.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarePlanGraph.Api.Health;

/// <summary>
/// The two probes a load balancer or orchestrator calls: <c>/health/live</c> (the process answers; nothing else is
/// checked, so a database outage does not get every instance restarted) and <c>/health/ready</c> (the database answers: only then should the instance be sent traffic; Redis, when <c>Events:Redis</c>
/// is set, is reported and shows as Degraded when down, still 200).
/// </summary>
/// <remarks>
/// They are plain endpoints, outside GraphQL: anonymous, never audited, never rate limited (a probe refused with 429
/// would take the instance out of the load balancer), not subject to the GraphQL request limits,
/// and their bodies name checks and states only — no personal data, no exception text (which can hold host names).
/// </remarks>
public static class HealthExtensions
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    /// <summary>The configuration key of the Redis connection string (shared with the event bus).</summary>
    public const string RedisSetting = "Events:Redis";

    /// <summary>The configuration key of how long a stopping instance waits for in-flight work (a time span).</summary>
    public const string ShutdownTimeoutSetting = "Shutdown:Timeout";

    /// <summary>
    /// Below the 30 seconds orchestrators commonly allow between the stop signal and a forced kill, so requests and
    /// background services finish (or are cancelled) before the process is killed under them.
    /// </summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(25);

    /// <summary>The tag of the checks <c>/health/ready</c> runs; features add their own checks with it.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the readiness checks (the database, and Redis when <c>Events:Redis</c> is configured) and how long
    /// shutdown may take (<c>Shutdown:Timeout</c>, default <see cref="DefaultShutdownTimeout"/>): on a stop signal
    /// the instance stops taking connections, WebSocket clients are closed with 1001 (going away), and in-flight
    /// requests and background services get this long to finish.
    /// </summary>
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var shutdownTimeout = configuration.GetValue(ShutdownTimeoutSetting, DefaultShutdownTimeout);
        services.Configure<HostOptions>(options => options.ShutdownTimeout = shutdownTimeout);

        var checks = services.AddHealthChecks()
            .AddDbContextCheck<CarePlanDbContext>("database", HealthStatus.Unhealthy, [ReadyTag]);

        var redis = configuration[RedisSetting];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // Its own short-lived connection, so readiness reports Redis itself rather than the bus's view of it. Degraded,
            // not unhealthy (still 200): without Redis changes still succeed and their events wait in the outbox, so a
            // Redis blip must not take every instance out of the load balancer at once.
            checks.AddRedis(redis, "redis", HealthStatus.Degraded, [ReadyTag], TimeSpan.FromSeconds(5));
        }

        return services;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>: 200 when healthy, 503 when not, with a JSON body.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting()
            .WithDisplayName("Liveness probe");
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting()
            .WithDisplayName("Readiness probe");
        return app;
    }
}
