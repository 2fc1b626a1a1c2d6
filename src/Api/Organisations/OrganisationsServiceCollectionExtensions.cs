using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Organisations;

/// <summary>Registers organisations: their node resolver.</summary>
public static class OrganisationsServiceCollectionExtensions
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) =>
        services.AddScoped<INodeResolver, OrganisationNodeResolver>();
}
