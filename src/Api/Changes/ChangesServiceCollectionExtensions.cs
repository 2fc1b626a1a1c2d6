using CarePlanGraph.Api.Graph.Mutations;

namespace CarePlanGraph.Api.Changes;

/// <summary>Registers the one mutation pipeline and the binding of mutation inputs (typed IDs included).</summary>
public static class ChangesServiceCollectionExtensions
{
    public static IServiceCollection AddChanges(this IServiceCollection services)
    {
        services.AddScoped<ChangeRunner>();
        services.AddSingleton<IInputValueConverter, TypedIdConverter>();
        services.AddSingleton<InputBinder>();
        return services;
    }
}
