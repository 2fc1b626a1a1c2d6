namespace CarePlanGraph.Api.Events;

/// <summary>Registers the plan event bus: in-process, the embedded default.</summary>
public static class EventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IPlanEventBus"/> (in-process), its fan-out to this instance's subscribers and the after-commit
    /// <see cref="PlanStatusPublisher"/>, with <see cref="PlanEventsOptions"/> bound from <c>Events</c>.
    /// </summary>
    public static IServiceCollection AddCarePlanEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PlanEventsOptions>()
            .Bind(configuration.GetSection(PlanEventsOptions.SectionName))
            .Validate(options => options.SubscriberQueueCapacity > 0, "Events:SubscriberQueueCapacity must be positive.")
            .ValidateOnStart();
        services.AddSingleton<PlanEventFanOut>();
        services.AddSingleton<IPlanEventBus, InProcessPlanEventBus>();
        services.AddScoped<PlanStatusPublisher>();
        return services;
    }
}
