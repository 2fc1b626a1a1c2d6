using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.People;

/// <summary>Registers people and staff: their node resolvers.</summary>
public static class PeopleServiceCollectionExtensions
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<INodeResolver, PersonNodeResolver>();
        services.AddScoped<INodeResolver, StaffMemberNodeResolver>();
        return services;
    }
}
