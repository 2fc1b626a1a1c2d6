using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Integrations;

/// <summary>Registers integrations (issue 15): their node resolver and the registrar the mutation uses.</summary>
public static class IntegrationsServiceCollectionExtensions
{
    public static IServiceCollection AddIntegrations(this IServiceCollection services)
    {
        services.AddScoped<INodeResolver, IntegrationNodeResolver>();
        services.AddScoped<IntegrationRegistrar>();
        services.AddSingleton<IntegrationUsageRecorder>();
        services.AddScoped<TrustedDocumentRegistrar>();
        services.AddScoped<DocumentInspector>();
        services.AddOptions<TrustedDocumentsOptions>().BindConfiguration(TrustedDocumentsOptions.SectionName);
        return services;
    }
}
