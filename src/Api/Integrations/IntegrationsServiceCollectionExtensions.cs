using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;

namespace CarePlanGraph.Api.Integrations;

/// <summary>Registers integrations (issue 15): their node resolver, the registrar the mutation uses and the usage recorder.</summary>
public static class IntegrationsServiceCollectionExtensions
{
    public static IServiceCollection AddIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IntegrationsOptions>()
            .Bind(configuration.GetSection(IntegrationsOptions.SectionName))
            .Validate(o => o.UsageFlushInterval > TimeSpan.Zero, "Integrations:UsageFlushInterval must be positive.")
            .ValidateOnStart();
        services.AddScoped<INodeResolver, IntegrationNodeResolver>();
        services.AddScoped<IntegrationRegistrar>();
        services.AddSingleton<IntegrationUsageRecorder>();
        services.AddHostedService(provider => provider.GetRequiredService<IntegrationUsageRecorder>());
        services.AddScoped<TrustedDocumentRegistrar>();
        services.AddScoped<DocumentInspector>();

        // After the demo data set (registered first), which makes the integrations these documents belong to.
        services.AddScoped<IDemoDataSet, DemoTrustedDocuments>();
        services.AddOptions<TrustedDocumentsOptions>().BindConfiguration(TrustedDocumentsOptions.SectionName);
        return services;
    }
}
