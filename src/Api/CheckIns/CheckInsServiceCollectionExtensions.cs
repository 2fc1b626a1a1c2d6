using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.CheckIns;

/// <summary>Registers the Key Worker's check-ins (R32): the loader, the node resolver and the fields on <c>CarePlan</c>.</summary>
public static class CheckInsServiceCollectionExtensions
{
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddScoped<CheckInsByPlanLoader>();
        services.AddScoped<INodeResolver, CheckInNodeResolver>();
        services.AddSingleton<ITypeExtension<CarePlanType>, CheckInPlanFields>();
        return services;
    }
}
