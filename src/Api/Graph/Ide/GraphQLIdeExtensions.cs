using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CarePlanGraph.Api.Graph.Ide;

/// <summary>
/// Registers and serves the GraphQL IDE: the page a browser gets from <c>GET {pattern}</c>, the bundle under
/// <c>{pattern}/ide/</c>, and, when an <see cref="IIdeSignIn"/> is registered, <c>POST {pattern}/ide/token</c>.
/// </summary>
public static class GraphQLIdeExtensions
{
    /// <summary>Binds <see cref="GraphQLIdeOptions"/> from <c>GraphQL:Ide</c>.</summary>
    public static IServiceCollection AddGraphQLIde(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<GraphQLIdeOptions>(configuration.GetSection(GraphQLIdeOptions.SectionName));
        return services;
    }

    /// <summary>
    /// When the IDE is enabled: answers a browser's <c>GET {pattern}</c> (Accept naming text/html, no query string)
    /// with the IDE page, serves the bundle, and maps the token endpoint of a registered <see cref="IIdeSignIn"/>.
    /// Every other request to <paramref name="pattern"/> goes on to the GraphQL endpoint untouched. When disabled it
    /// adds nothing. Call it before the GraphQL endpoint is reached (any middleware runs before endpoints do).
    /// </summary>
    public static WebApplication UseGraphQLIde(this WebApplication app, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<GraphQLIdeOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = new PathString(pattern);
        var assets = endpoint.Add("/ide");
        var bundle = Path.GetFullPath(options.BundlePath, AppContext.BaseDirectory);
        var built = File.Exists(Path.Combine(bundle, IdePage.Script));
        if (built)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = assets,
                FileProvider = new PhysicalFileProvider(bundle),
                OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff",
            });
        }

        var signIn = app.Services.GetService<IIdeSignIn>();
        app.Use((context, next) =>
        {
            if (!IsBrowserOpening(context.Request, endpoint))
            {
                return next(context);
            }

            var pathBase = context.Request.PathBase;
            var page = new IdePage(
                Endpoint: pathBase.Add(endpoint).Value!,
                Assets: pathBase.Add(assets).Value!,
                Identities: signIn?.Identities,
                TokenUrl: signIn is null ? null : pathBase.Add(assets).Add(TokenPath).Value);
            return built ? page.WriteAsync(context) : page.WriteNotBuiltAsync(context);
        });

        if (signIn is not null)
        {
            app.MapPost(assets.Add(TokenPath).Value!, (TokenRequest request) =>
                    request.Identity is { Length: > 0 } identity && signIn.IssueToken(identity) is { } token
                        ? Results.Ok(new TokenResponse(token))
                        : Results.NotFound(new TokenRefusal($"there is no identity \"{request.Identity}\" to sign in as")))
                .AllowAnonymous()
                .WithDisplayName("GraphQL IDE token");
        }

        return app;
    }

    private const string TokenPath = "/token";

    /// <summary>
    /// A browser opening the endpoint: a GET of exactly the endpoint, with no query parameters (a GraphQL GET request
    /// always has one), that is not a WebSocket upgrade, from a client that names text/html in Accept. A wildcard is
    /// not enough: GraphQL clients send <c>*/*</c> and must keep getting GraphQL answers.
    /// </summary>
    private static bool IsBrowserOpening(HttpRequest request, PathString endpoint)
    {
        if (!HttpMethods.IsGet(request.Method)
            || !request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase)
            || request.Query.Count > 0
            || request.HttpContext.WebSockets.IsWebSocketRequest
            || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges))
        {
            return false;
        }

        return ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && range.Quality is not 0);
    }

    private sealed record TokenRequest(string? Identity);

    private sealed record TokenResponse(string Token);

    private sealed record TokenRefusal(string Message);
}
