using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;

namespace CarePlanGraph.Api.Plans;

/// <summary>Registers plans: the first review's window (R20, set when support is in place), loaders and node resolvers.</summary>
public static class PlansServiceCollectionExtensions
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewScheduleOptions>()
            .Bind(configuration.GetSection(ReviewScheduleOptions.Section))
            .Validate(options => options.IsValid, "Reviews: the first review window must lie within 6 to 12 weeks, earliest first, and the check-in within 1 to 42 days.")
            .ValidateOnStart();
        services.AddScoped<VersionsByPlanLoader>();
        services.AddScoped<HistoryByPlanLoader>();
        services.AddScoped<PlansByPersonLoader>();
        services.AddScoped<PlanAggregateLoader>();
        services.AddSingleton<ITypeExtension<PersonType>, PersonPlanFields>();
        services.AddScoped<INodeResolver, CarePlanNodeResolver>();
        services.AddScoped<INodeResolver, PlanVersionNodeResolver>();
        services.AddScoped<INodeResolver, SupportItemNodeResolver>();
        return services;
    }
}
