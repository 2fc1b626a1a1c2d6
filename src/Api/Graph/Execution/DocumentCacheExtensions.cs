using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Configuration;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Registers the document cache (<see cref="DocumentCache"/>, settings <c>GraphQL:DocumentCache</c>).</summary>
public static class DocumentCacheExtensions
{
    /// <summary>
    /// Caches parsed and validated documents for every transport, unless <c>GraphQL:DocumentCache:Enabled</c> is false.
    /// Call after <see cref="RequestLimitsExtensions.AddRequestLimits"/>: a document is parsed by the limited builder it registers.
    /// </summary>
    public static IGraphQLBuilder AddDocumentCache(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read when first needed, not now: configuration added later (tests, environment) still counts.
        builder.Services.Register(_ => Read(configuration), GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register<DocumentCache, DocumentCache>(GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register<GraphQL.Validation.IDocumentValidator, RememberingDocumentValidator>(GraphQL.DI.ServiceLifetime.Singleton);
        builder.ConfigureExecution<DocumentCacheExecution>();
        return builder;
    }

    private static DocumentCacheOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(DocumentCacheOptions.SectionName).Get<DocumentCacheOptions>() ?? new DocumentCacheOptions();
        if (options.MaxEntries < 1 || options.MaxBytes < 1)
        {
            throw new InvalidOperationException("GraphQL:DocumentCache is invalid: MaxEntries and MaxBytes must be positive.");
        }

        return options;
    }
}
