using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Plans;

/// <summary>Registers plans: their loaders and node resolvers.</summary>
public static class PlansServiceCollectionExtensions
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<VersionsByPlanLoader>();
        services.AddScoped<HistoryByPlanLoader>();
        services.AddScoped<PlansByPersonLoader>();
        services.AddScoped<PlanAggregateLoader>();
        services.AddScoped<INodeResolver, CarePlanNodeResolver>();
        services.AddScoped<INodeResolver, PlanVersionNodeResolver>();
        services.AddScoped<INodeResolver, SupportItemNodeResolver>();
        return services;
    }
}
