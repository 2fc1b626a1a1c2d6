using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Identity;

/// <summary>Composes who-is-calling for the API.</summary>
public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddCarePlanAuth(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                "Sign-in is not configured yet: the administrator stand-in only runs in Development or Testing.");
        }

        services.AddScoped<ICallerAccessor, DevelopmentStandInCallerAccessor>();
        return services;
    }
}
