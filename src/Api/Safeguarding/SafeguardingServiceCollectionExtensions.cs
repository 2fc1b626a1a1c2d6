using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>Registers staying safe (R24): safety concerns are reachable by ID only as the safeguarding team may see them.</summary>
public static class SafeguardingServiceCollectionExtensions
{
    public static IServiceCollection AddSafeguarding(this IServiceCollection services) =>
        services.AddScoped<INodeResolver, SafetyConcernNodeResolver>();
}
