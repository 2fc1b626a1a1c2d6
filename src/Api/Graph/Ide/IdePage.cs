using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CarePlanGraph.Api.Graph.Ide;

/// <summary>
/// The HTML page of the IDE: a shell that loads the bundle and hands it its settings as JSON, or, when the bundle has
/// not been built, a plain page saying how to build it.
/// </summary>
internal sealed record IdePage(string Endpoint, string Assets, IReadOnlyList<IdeIdentity>? Identities, string? TokenUrl)
{
    public const string Script = "ide.js";
    public const string Styles = "ide.css";

    // The default encoder escapes <, > and &, so the settings cannot close the script element that holds them.
    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web);

    public Task WriteAsync(HttpContext context)
    {
        var settings = JsonSerializer.Serialize(new { endpoint = Endpoint, identities = Identities, tokenUrl = TokenUrl }, SettingsJson);
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>GraphQL IDE</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{Attribute(Assets)}/{Styles}">
            <script id="graphql-ide-settings" type="application/json">{settings}</script>
            <script type="module" src="{Attribute(Assets)}/{Script}"></script>
            </head>
            <body><div id="graphql-ide"></div></body>
            </html>
            """;
        return WriteHtmlAsync(context, html);
    }

    public Task WriteNotBuiltAsync(HttpContext context)
    {
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>GraphQL IDE: not built</title></head>
            <body>
            <h1>The GraphQL IDE is not built</h1>
            <p>This API serves a GraphQL IDE here, but its browser bundle has not been built. It needs Node.js:
            from the repository's root run</p>
            <pre>bash ide/build.sh
            dotnet build</pre>
            <p>then start the API again and reload this page. The GraphQL endpoint itself works without it:
            POST a query to <code>{WebUtility.HtmlEncode(Endpoint)}</code>.</p>
            </body>
            </html>
            """;
        return WriteHtmlAsync(context, html);
    }

    private static Task WriteHtmlAsync(HttpContext context, string html)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        // The endpoint answers GraphQL or this page depending on Accept; caches must keep them apart.
        headers.Vary = HeaderNames.Accept;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Scripts and styles only from this origin (GraphiQL sets inline styles, its fonts are data: URLs); requests
        // only to this origin, over HTTP or WebSocket; the page cannot be framed.
        var request = context.Request;
        var socketOrigin = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; "
            + $"connect-src 'self' {socketOrigin}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
