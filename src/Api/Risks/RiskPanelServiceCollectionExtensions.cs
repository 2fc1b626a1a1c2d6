using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.Risks;

/// <summary>Registers the Risk Management Panel (R23): its field on <c>CarePlan</c>.</summary>
public static class RiskPanelServiceCollectionExtensions
{
    public static IServiceCollection AddRiskPanel(this IServiceCollection services) =>
        services.AddSingleton<ITypeExtension<CarePlanType>, RiskPanelPlanFields>();
}
