using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.Advocacy;

/// <summary>Registers independent advocacy (R22): its field on <c>CarePlan</c>.</summary>
public static class AdvocacyServiceCollectionExtensions
{
    public static IServiceCollection AddAdvocacy(this IServiceCollection services) =>
        services.AddSingleton<ITypeExtension<CarePlanType>, AdvocacyPlanFields>();
}
