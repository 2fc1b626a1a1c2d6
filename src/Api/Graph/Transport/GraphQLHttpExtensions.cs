using System.Text;
using CarePlanGraph.Api.Graph.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Registers and maps the GraphQL-over-HTTP transport (POST and GET, as the GraphQL-over-HTTP
/// spec and the graphql-http audit describe it) and the SDL endpoint.
/// </summary>
public static class GraphQLHttpExtensions
{
    /// <summary>
    /// Adds the transport's services and binds <see cref="GraphQLHttpOptions"/> from
    /// <c>GraphQL:Http</c>. The schema, document executer and serializer come from <c>AddGraphQL</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttpTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(options => options.MaxRequestBytes > 0, "GraphQL:Http:MaxRequestBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>
    /// Maps the GraphQL endpoint (GET and POST) at <paramref name="pattern"/> and the schema's SDL at
    /// <c>{pattern}/schema.graphql</c>. Both accept anonymous requests: who may see what is decided
    /// field by field inside the schema, not at the door.
    /// </summary>
    /// <returns>A builder whose conventions (CORS, rate limiting …) apply to both endpoints.</returns>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var group = endpoints.MapGroup(pattern);
        group.AllowAnonymous();

        // Other methods get 405 with "Allow: GET, POST" from routing; CORS preflights still reach the CORS middleware.
        group.Map(string.Empty, HandleGraphQLAsync)
            .WithDisplayName("GraphQL")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Post], acceptCorsPreflight: true));

        group.MapGet("/schema.graphql", WriteSchemaAsync)
            .WithDisplayName("GraphQL schema (SDL)");

        return group;
    }

    private static Task HandleGraphQLAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        if (!options.AllowGet && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = HttpMethods.Post;
            return Task.CompletedTask;
        }

        return services.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context);
    }

    private static async Task WriteSchemaAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ServeSchemaSdl)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var schema = services.GetRequiredService<ISchema>();
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(schema.PrintSdl(), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
