using System.Security.Claims;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Registers and maps GraphQL over WebSocket with the <c>graphql-transport-ws</c> protocol: subscriptions, and
/// queries and mutations too, on the same path as the HTTP endpoint.
/// </summary>
public static class GraphQLWebSocketExtensions
{
    /// <summary>
    /// Adds the WebSocket transport's services and binds <see cref="GraphQLWebSocketOptions"/> from
    /// <c>GraphQL:WebSockets</c>. <paramref name="bindUser"/> tells a fresh DI scope who the connection's user is
    /// (the one <c>connection_init</c> authenticated); every operation and every subscription event runs in such a scope.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSocketTransport(
        this IServiceCollection services, IConfiguration configuration, Action<IServiceProvider, ClaimsPrincipal> bindUser)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bindUser);
        services.AddOptions<GraphQLWebSocketOptions>()
            .Bind(configuration.GetSection(GraphQLWebSocketOptions.SectionName))
            .Validate(
                options => options.SendQueueCapacity > 0 && options.MaxMessageBytes > 0 && options.MaxOperationsPerConnection > 0
                    && options.MaxConcurrentEvents > 0 && options.MaxEventsInProgress > 0
                    && options.ConnectionInitTimeout > TimeSpan.Zero && options.CloseTimeout > TimeSpan.Zero,
                "GraphQL:WebSockets: the queue, message, operation and event limits and the timeouts must be positive.")
            .ValidateOnStart();
        services.AddSingleton(new WebSocketUserBinding(bindUser));
        services.AddSingleton<ConnectionInitAuthenticator>();
        services.AddSingleton<ConnectionRevocations>();
        services.AddSingleton<GraphQLWebSocketServices>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, WebSocketRequestMatcherPolicy>());
        return services;
    }

    /// <summary>
    /// Runs subscriptions with one DI scope per event, bound to the subscriber (see
    /// <see cref="AddGraphQLWebSocketTransport"/>), so every event is resolved with fresh data and permissions.
    /// </summary>
    public static IGraphQLBuilder AddPerEventScopedSubscriptions(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddExecutionStrategy<PerEventScopeSubscriptionExecutionStrategy>(OperationType.Subscription);
    }

    /// <summary>
    /// Maps the WebSocket endpoint at <paramref name="pattern"/>, beside the HTTP endpoint on the same path: WebSocket
    /// upgrade requests come here, every other request goes on to HTTP. Clients authenticate in <c>connection_init</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLWebSockets(this WebApplication app, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        var endpoint = app.Map(pattern, (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context))
            .WithDisplayName("GraphQL over WebSocket (graphql-transport-ws)")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]), GraphQLWebSocketEndpointMetadata.Instance)
            .AllowAnonymous();

        // Preferred over the HTTP endpoint on the same path whenever both match, i.e. for WebSocket requests.
        endpoint.Add(builder => ((RouteEndpointBuilder)builder).Order = -1);
        return endpoint;
    }
}
