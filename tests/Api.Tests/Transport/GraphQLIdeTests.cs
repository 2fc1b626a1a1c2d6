using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarePlanGraph.Api.Graph.Ide;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// The GraphQL IDE at /graphql (docs/decisions/0017-graphql-ide.md): a browser's GET gets the page when the IDE is
/// enabled, and every GraphQL request gets exactly what it got before; the token endpoint signs in as a demo persona.
/// The bundle here is a stand-in written by the test, so these tests do not need Node; the real bundle is driven in
/// Chromium by tests/browser.
/// </summary>
public sealed partial class GraphQLIdeTests : IDisposable
{
    // What Chromium sends when a person opens a page.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly string _bundle = Directory.CreateTempSubdirectory("careplan-ide-").FullName;

    public GraphQLIdeTests()
    {
        File.WriteAllText(Path.Combine(_bundle, "ide.js"), "console.log('the IDE');");
        File.WriteAllText(Path.Combine(_bundle, "ide.css"), "body { margin: 0 }");
    }

    public void Dispose() => Directory.Delete(_bundle, recursive: true);

    [Fact]
    public async Task Disabled_ide_leaves_a_browsers_get_to_the_graphql_endpoint()
    {
        // Testing leaves the IDE off, as every environment but Development does.
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClient();

        using var browser = await client.SendAsync(Open(BrowserAccept));
        using var htmlOnly = await client.SendAsync(Open("text/html"));
        using var token = await client.PostAsJsonAsync("/graphql/ide/token", new { identity = "kw-sam" });

        // As before the IDE: */* gets JSON, and a GET without a query is refused; text/html alone gets 406.
        Assert.Equal(HttpStatusCode.BadRequest, browser.StatusCode);
        Assert.Equal(TransportRequests.Json, TransportRequests.MediaType(browser));
        Assert.Equal(HttpStatusCode.NotAcceptable, htmlOnly.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", TransportRequests.FirstErrorCode(await TransportRequests.ReadJsonAsync(htmlOnly)));
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_the_ide_page_with_its_settings_and_a_content_security_policy()
    {
        using var factory = Enabled(_bundle);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Open(BrowserAccept));
        var html = await response.Content.ReadAsStringAsync();
        var settings = Settings(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", TransportRequests.MediaType(response));
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("""<script type="module" src="/graphql/ide/ide.js"></script>""", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost;", policy, StringComparison.Ordinal);
        Assert.Equal("/graphql", settings.GetProperty("endpoint").GetString());
        Assert.Equal("/graphql/ide/token", settings.GetProperty("tokenUrl").GetString());
        var identities = settings.GetProperty("identities").EnumerateArray().Select(identity => identity.GetProperty("id").GetString()).ToList();
        Assert.Contains("kw-sam", identities);
        Assert.Contains("prov-sunrise", identities);
        Assert.DoesNotContain("app-lee-tool", identities);
    }

    [Fact]
    public async Task The_bundle_is_served_under_graphql_ide()
    {
        using var factory = Enabled(_bundle);
        using var client = factory.CreateClient();

        using var script = await client.GetAsync("/graphql/ide/ide.js");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", TransportRequests.MediaType(script));
        Assert.Equal("console.log('the IDE');", await script.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?query=%7B__typename%7D", BrowserAccept)]
    [InlineData("", "*/*")]
    [InlineData("", "application/graphql-response+json, application/json;q=0.9")]
    [InlineData("", "text/html;q=0, */*")]
    public async Task With_the_ide_enabled_graphql_requests_get_graphql_answers(string queryString, string accept)
    {
        using var factory = Enabled(_bundle);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", TransportRequests.MediaType(response));
        var body = await TransportRequests.ReadJsonAsync(response);
        if (queryString.Length > 0)
        {
            Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_token_endpoint_signs_in_as_a_demo_persona_and_refuses_others()
    {
        using var factory = Enabled(_bundle);
        using var client = factory.CreateClient();

        using var issued = await client.PostAsJsonAsync("/graphql/ide/token", new { identity = "kw-sam" });
        using var unknown = await client.PostAsJsonAsync("/graphql/ide/token", new { identity = "nobody" });
        using var awaitingApproval = await client.PostAsJsonAsync("/graphql/ide/token", new { identity = "app-lee-tool" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var signedIn = factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = await signedIn.SendAsync(TransportRequests.PostQuery("{ me { name } }"));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Sam Okafor", (await TransportRequests.ReadJsonAsync(me)).GetProperty("data").GetProperty("me").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("there is no identity \"nobody\" to sign in as", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, awaitingApproval.StatusCode);
    }

    [Fact]
    public async Task Without_a_development_sign_in_the_page_asks_for_a_bearer_token()
    {
        using var factory = Enabled(_bundle);
        factory.ConfigureTestServicesWith(services => services.RemoveAll<IIdeSignIn>());
        using var client = factory.CreateClient();

        using var page = await client.SendAsync(Open(BrowserAccept));
        var settings = Settings(await page.Content.ReadAsStringAsync());
        using var token = await client.PostAsJsonAsync("/graphql/ide/token", new { identity = "kw-sam" });

        Assert.Equal(JsonValueKind.Null, settings.GetProperty("identities").ValueKind);
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("tokenUrl").ValueKind);
        Assert.NotEqual(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Without_the_bundle_the_page_says_how_to_build_it()
    {
        using var factory = Enabled(Path.Combine(_bundle, "missing"));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Open(BrowserAccept));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", TransportRequests.MediaType(response));
        Assert.Contains("The GraphQL IDE is not built", html, StringComparison.Ordinal);
        Assert.Contains("bash ide/build.sh", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    private static CarePlanApiFactory Enabled(string bundle) =>
        CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["GraphQL:Ide:Enabled"] = "true", ["GraphQL:Ide:BundlePath"] = bundle });

    private static HttpRequestMessage Open(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static JsonElement Settings(string html)
    {
        var match = SettingsScript().Match(html);
        Assert.True(match.Success, "The page has no settings script:\n" + html);
        using var document = JsonDocument.Parse(match.Groups[1].Value);
        return document.RootElement.Clone();
    }

    [GeneratedRegex("""<script id="graphql-ide-settings" type="application/json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex SettingsScript();
}
