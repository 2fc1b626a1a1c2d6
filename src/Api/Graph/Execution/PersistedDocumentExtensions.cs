using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Registers persisted documents (<c>documentId</c> on every transport), loaded by a feature's <see cref="IPersistedDocumentLoader"/>.</summary>
public static class PersistedDocumentExtensions
{
    /// <summary>Requests may carry <c>documentId</c> instead of <c>query</c>; <typeparamref name="TLoader"/> (scoped: it may ask who calls) finds the text.</summary>
    public static IGraphQLBuilder AddPersistedDocuments<TLoader>(this IGraphQLBuilder builder)
        where TLoader : class, IPersistedDocumentLoader
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Register<IPersistedDocumentLoader, TLoader>(GraphQL.DI.ServiceLifetime.Scoped);
        builder.ConfigureExecution<PersistedDocumentExecution>();
        return builder;
    }
}
