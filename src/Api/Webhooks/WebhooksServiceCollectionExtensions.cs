using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Integrations;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>Registers webhook endpoints (issue 16): their node resolver, their field on <c>Integration</c> and the commands the mutations use.</summary>
public static class WebhooksServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddScoped<INodeResolver, WebhookEndpointNodeResolver>();
        services.AddScoped<WebhookCommands>();
        services.AddSingleton<ITypeExtension<IntegrationType>, IntegrationWebhookFields>();
        return services;
    }
}
