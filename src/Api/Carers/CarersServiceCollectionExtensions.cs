using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;

namespace CarePlanGraph.Api.Carers;

/// <summary>Registers carers (R33): their loader, node resolver and the field on <c>Person</c>.</summary>
public static class CarersServiceCollectionExtensions
{
    public static IServiceCollection AddCarers(this IServiceCollection services)
    {
        services.AddScoped<CarersByPersonLoader>();
        services.AddScoped<INodeResolver, CarerNodeResolver>();
        services.AddSingleton<ITypeExtension<PersonType>, PersonCarerFields>();
        return services;
    }
}
