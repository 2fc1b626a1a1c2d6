using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Graph.Transport.Cors;

/// <summary>Registers CORS for configured origins plus those <typeparamref name="TSource"/> gives (see <see cref="OriginCorsPolicyProvider"/>).</summary>
public static class CorsOriginExtensions
{
    public static IServiceCollection AddOriginCors<TSource>(this IServiceCollection services, IConfiguration configuration)
        where TSource : class, IAllowedOriginSource
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CorsOriginOptions>()
            .Bind(configuration.GetSection(CorsOriginOptions.SectionName))
            .Validate(options => options.CacheFor >= TimeSpan.Zero, "Cors:CacheFor must not be negative.")
            .ValidateOnStart();
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, OriginCorsPolicyProvider>());
        services.AddScoped<IAllowedOriginSource, TSource>();
        return services;
    }

    /// <summary>Call before authentication and rate limiting, so their refusals (401, 429) still reach the page that asked.</summary>
    public static IApplicationBuilder UseOriginCors(this IApplicationBuilder app) => app.UseCors();
}
