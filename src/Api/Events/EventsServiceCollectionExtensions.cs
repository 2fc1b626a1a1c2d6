using CarePlanGraph.Api.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>Registers the plan event bus (in-process, the embedded default) and the outbox that feeds it.</summary>
public static class EventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IPlanEventBus"/> (a Redis stream when <c>Events:Redis</c> is set, else in-process), its fan-out to this instance's subscribers, the
    /// <see cref="PlanEventOutbox"/> a change writes its events to and the <see cref="OutboxDispatcher"/> that
    /// publishes them, the outbox's readiness check (<see cref="OutboxHealthCheck"/>), with <see cref="PlanEventsOptions"/> bound from <c>Events</c>.
    /// </summary>
    public static IServiceCollection AddCarePlanEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PlanEventsOptions>()
            .Bind(configuration.GetSection(PlanEventsOptions.SectionName))
            .Validate(options => options.SubscriberQueueCapacity > 0, "Events:SubscriberQueueCapacity must be positive.")
            .Validate(options => options.DeduplicationWindow > 0, "Events:DeduplicationWindow must be positive.")
            .Validate(options => options.DispatchPollInterval > TimeSpan.Zero && options.DispatchLease > TimeSpan.Zero, "Events:DispatchPollInterval and Events:DispatchLease must be positive.")
            .Validate(options => options.OutboxRetention > TimeSpan.Zero && options.OutboxPendingAgeLimit > TimeSpan.Zero, "Events:OutboxRetention and Events:OutboxPendingAgeLimit must be positive.")
            .Validate(options => options.RedisStreamLength > 0 && options.RedisPollInterval > TimeSpan.Zero, "Events:RedisStreamLength and Events:RedisPollInterval must be positive.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.RedisKeyPrefix), "Events:RedisKeyPrefix must name this deployment's Redis keys (for example careplan); it may not be blank.")
            .ValidateOnStart();
        services.AddSingleton<PlanEventFanOut>();
        var redis = configuration.GetSection(PlanEventsOptions.SectionName)[nameof(PlanEventsOptions.Redis)];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IPlanEventBus, InProcessPlanEventBus>();
        }
        else
        {
            services.AddSingleton<IPlanEventBus>(provider => new RedisPlanEventBus(
                redis,
                provider.GetRequiredService<PlanEventFanOut>(),
                provider.GetRequiredService<IOptions<PlanEventsOptions>>().Value,
                provider.GetRequiredService<ILogger<RedisPlanEventBus>>()));
        }

        services.AddScoped<PlanEventOutbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());

        // Failing to count (the database is down) is the database check's to report as Unhealthy: this one says Degraded.
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, [HealthExtensions.ReadyTag]);
        return services;
    }
}
