using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Registers <see cref="IntrospectionAccessRule"/> with <see cref="IntrospectionOptions"/> (section <c>GraphQL:Introspection</c>).</summary>
public static class IntrospectionAccessExtensions
{
    public static IGraphQLBuilder AddIntrospectionAccess(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read when first needed: the host's environment and configuration added later (tests) both count.
        builder.Services.Register(
            services => new IntrospectionOptions
            {
                AllowAnonymous = configuration.GetValue<bool?>(IntrospectionOptions.SectionName + ":AllowAnonymous")
                    ?? services.GetRequiredService<IHostEnvironment>().IsDevelopment(),
            },
            GraphQL.DI.ServiceLifetime.Singleton);
        return builder.AddValidationRule<IntrospectionAccessRule>();
    }
}
