using CarePlanGraph.Api.Graph.Transport.WebSockets;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>Registers what <c>planStatusChanged</c> shares between its subscribers.</summary>
public static class PlanSubscriptionsServiceCollectionExtensions
{
    public static IServiceCollection AddPlanSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<SubscriberCheckGate>();
        services.AddSingleton<AudienceVisibility>();
        services.AddSingleton<ISharedEventListener, SubscriptionDeliveryAudit>();
        return services;
    }
}
