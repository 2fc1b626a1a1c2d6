using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Issue 15, trusted operations, through real HTTP and WebSockets with real tokens: an integration registers the
/// documents its client sends and then sends their ids (<c>documentId</c>); its ad-hoc documents are refused while
/// people and staff keep theirs; every bad input is a clear error that changes nothing.
/// </summary>
public sealed class TrustedDocumentTests
{
    private const string PlansDocument = "query SunrisePlans { plans(first: 5) { nodes { id status } } }";
    private const string Registered = "documentIds integration { trustedDocuments { documentId operationNames coordinates registeredByName } }";

    private static readonly Dictionary<string, string?> Refused = new() { ["Integrations:AdHocDocuments"] = "Refused" };

    [Fact]
    public void A_document_id_is_sha256_of_the_exact_utf8_text_in_lowercase_hex()
    {
        Assert.Equal("sha256:7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b", DocumentHash.Of("{ __typename }"));
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentHash.Of(string.Empty));

        // Not normalised: whitespace moves where errors point, so it is another document.
        Assert.NotEqual(DocumentHash.Of("{ __typename }"), DocumentHash.Of("{__typename}"));
    }

    [Fact]
    public async Task Onboarding_from_registration_to_the_first_trusted_call()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var lee = factory.CreateClientFor("sp-lee");
        using var jo = factory.CreateClientFor("admin-jo");
        var tool = new Persona("lee-notes", "Lee's notes app", ActorRole.SupportPlanner, true) { ClientId = Guid.NewGuid() };

        var registered = await lee.SucceedAsync(
            "registerIntegration",
            new
            {
                name = "Lee's notes app",
                clientAppId = tool.ClientId.ToString(),
                organisationId = await factory.OrganisationIdAsync("sp-lee"),
                contacts = new[] { new { name = "Lee Chen", email = "lee@leechen-planning.example" } },
                access = "READ_WRITE",
                origins = Array.Empty<string>(),
                webhookUrls = Array.Empty<string>(),
            },
            "integration { id }");
        var id = (string)registered["integration"]!["id"]!;
        await jo.SucceedAsync("approveIntegration", new { integrationId = id }, "integration { status }");

        // The application registers its own document, then sends its id.
        const string document = "query Me { me { subject } }";
        using var app = ClientFor(factory, tool);
        var payload = await app.SucceedAsync("registerTrustedDocuments", new { integrationId = id, documents = new[] { document } }, Registered);
        Assert.Equal([DocumentHash.Of(document)], payload["documentIds"]!.AsArray().Select(d => (string)d!));
        var stored = payload["integration"]!["trustedDocuments"]![0]!;
        Assert.Equal(["Me"], stored["operationNames"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["Query.me", "Viewer.subject"], stored["coordinates"]!.AsArray().Select(n => (string)n!));

        var trusted = await PostAsync(app, new { documentId = DocumentHash.Of(document) });
        Assert.Null(trusted["errors"]);
        Assert.Equal("sp-lee", (string)trusted["data"]!["me"]!["subject"]!);

        var adHoc = await PostAsync(app, new { query = document });
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", Code(adHoc));
        Assert.Contains("registerTrustedDocuments", (string)adHoc["errors"]![0]!["message"]!, StringComparison.Ordinal);

        // A bare __typename reads nothing: a client may check it reaches the API without registering it.
        Assert.Null((await PostAsync(app, new { query = "{ __typename }" }))["errors"]);
    }

    [Fact]
    public async Task An_ad_hoc_document_from_an_integration_is_refused_over_http_and_websocket_and_its_trusted_twin_is_accepted()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal"), documents = new[] { PlansDocument } }, "documentIds");
        var documentId = DocumentHash.Of(PlansDocument);

        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", Code(await PostAsync(sunrise, new { query = PlansDocument })));
        var post = await PostAsync(sunrise, new { documentId });
        Assert.Null(post["errors"]);
        Assert.NotEmpty(post["data"]!["plans"]!["nodes"]!.AsArray());

        var get = JsonNode.Parse(await sunrise.GetStringAsync("/graphql?documentId=" + Uri.EscapeDataString(documentId)))!;
        Assert.Equal(post["data"]!.ToJsonString(), get["data"]!.ToJsonString());
        using (var refusedGet = await sunrise.GetAsync("/graphql?query=" + Uri.EscapeDataString(PlansDocument)))
        {
            Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", Code(JsonNode.Parse(await refusedGet.Content.ReadAsStringAsync())!));
        }

        await using var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("prov-sunrise"));
        await socket.SubscribeAsync("ad-hoc", PlansDocument);
        var refused = await socket.NextForAsync("ad-hoc");
        Assert.Equal("error", (string)refused["type"]!);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (string)refused["payload"]![0]!["extensions"]!["code"]!);
        await socket.SendAsync(SubscribeById("trusted", documentId));
        var next = await socket.NextForAsync("trusted");
        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal(post["data"]!.ToJsonString(), next["payload"]!["data"]!.ToJsonString());

        // People and staff signing in themselves keep ad-hoc documents.
        using var lee = factory.CreateClientFor("sp-lee");
        Assert.Null((await PostAsync(lee, new { query = PlansDocument }))["errors"]);
    }

    [Fact]
    public async Task An_unknown_document_id_is_DOCUMENT_NOT_FOUND_on_every_transport_and_for_callers_that_are_not_the_integration()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var unknown = DocumentHash.Of("{ me { subject } }");

        Assert.Equal("DOCUMENT_NOT_FOUND", Code(await PostAsync(sunrise, new { documentId = unknown })));
        Assert.Equal("DOCUMENT_NOT_FOUND", Code(JsonNode.Parse(await (await sunrise.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(unknown))).Content.ReadAsStringAsync())!));
        Assert.Equal("DOCUMENT_ID_INVALID", Code(await PostAsync(sunrise, new { documentId = "sha256:NOT-HEX" })));
        Assert.Equal("INVALID_REQUEST", Code(await PostAsync(sunrise, new { documentId = unknown, query = "{ __typename }" })));

        await using var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("prov-sunrise"));
        await socket.SendAsync(SubscribeById("unknown", unknown));
        var refused = await socket.NextForAsync("unknown");
        Assert.Equal("error", (string)refused["type"]!);
        Assert.Equal("DOCUMENT_NOT_FOUND", (string)refused["payload"]![0]!["extensions"]!["code"]!);

        // Sunrise's document is Sunrise's: Oak and the council's staff cannot send its id.
        await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal"), documents = new[] { PlansDocument } }, "documentIds");
        Assert.Null((await PostAsync(sunrise, new { documentId = DocumentHash.Of(PlansDocument) }))["errors"]);
        foreach (var other in new[] { "prov-oak", "admin-jo" })
        {
            using var client = factory.CreateClientFor(other);
            Assert.Equal("DOCUMENT_NOT_FOUND", Code(await PostAsync(client, new { documentId = DocumentHash.Of(PlansDocument) })));
        }
    }

    [Fact]
    public async Task A_document_invalid_at_registration_registers_nothing_and_names_its_index()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal");

        var payload = await sunrise.MutateAsync(
            "registerTrustedDocuments",
            new { integrationId, documents = new[] { PlansDocument, "{ plans { nodes { noSuchField } } }", "query {" } },
            "documentIds errors { __typename ... on Error { code message } ... on InvalidTrustedDocumentError { index problem } }");
        Assert.Null(payload["documentIds"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Equal([("INVALID_TRUSTED_DOCUMENT", 1), ("INVALID_TRUSTED_DOCUMENT", 2)], errors.Select(e => ((string)e!["code"]!, (int)e["index"]!)));
        Assert.Contains("noSuchField", (string)errors[0]!["problem"]!, StringComparison.Ordinal);

        Assert.Equal("DOCUMENT_NOT_FOUND", Code(await PostAsync(sunrise, new { documentId = DocumentHash.Of(PlansDocument) })));
        Assert.Equal(["TOO_MANY_TRUSTED_DOCUMENTS"], await sunrise.RefuseAsync("registerTrustedDocuments", new { integrationId, documents = Enumerable.Range(0, TrustedDocument.MaxPerRegistration + 1).Select(i => $"query Q{i} {{ __typename }}").ToArray() }));

        // Another organisation's integration is not found; a read-only integration (the council website) cannot register.
        using var oak = factory.CreateClientFor("prov-oak");
        Assert.Equal(["INTEGRATION_NOT_FOUND"], await oak.RefuseAsync("registerTrustedDocuments", new { integrationId, documents = new[] { PlansDocument } }));
        using var website = factory.CreateClientFor("web-council");
        Assert.Equal("AUTH_FORBIDDEN", await website.ForbiddenAsync("registerTrustedDocuments", new { integrationId = await IntegrationIdAsync(factory, "Council website"), documents = new[] { "{ __typename }" } }));
    }

    [Fact]
    public async Task Registering_the_same_document_again_changes_nothing()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal");
        var before = await CountAsync(factory);

        var first = await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId, documents = new[] { PlansDocument, PlansDocument } }, "documentIds");
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var again = await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId, documents = new[] { PlansDocument } }, "documentIds integration { trustedDocuments { documentId registeredAt } }");

        Assert.Equal((string)first["documentIds"]![0]!, (string)again["documentIds"]![0]!);
        Assert.Equal(before + 1, await CountAsync(factory));
        var kept = again["integration"]!["trustedDocuments"]!.AsArray().Single(d => (string)d!["documentId"]! == DocumentHash.Of(PlansDocument))!;
        Assert.Equal(FixedTimeProvider.DemoNow, DateTimeOffset.Parse((string)kept["registeredAt"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_trusted_document_that_no_longer_validates_gets_the_normal_validation_error()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        var integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal");

        // As if the schema had dropped a field since the document was registered.
        const string stale = "{ plans { nodes { retiredField } } }";
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var integration = await db.Integrations.SingleAsync(i => i.Id == new Id<Integration>(Graph.Relay.NodeId.DecodeAs(integrationId, "Integration", "id")));
            db.TrustedDocuments.Add(TrustedDocument.Register(integration, new CheckedDocument(DocumentHash.Of(stale), stale, [], ["CarePlan.retiredField"]), 0, new Actor("admin-jo", "Jo", ActorRole.Administrator), FixedTimeProvider.DemoNow).Value!);
            await db.SaveChangesAsync();
        }

        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var body = await PostAsync(sunrise, new { documentId = DocumentHash.Of(stale) });
        Assert.Null(body["data"]);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(body));
    }

    [Fact]
    public async Task Administrators_see_which_integrations_use_a_field_and_no_one_else_does()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var integrationId = await IntegrationIdAsync(factory, "Sunrise Home Care portal");
        await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId, documents = new[] { PlansDocument, "query Me { me { subject } }" } }, "documentIds");

        const string usage = "query($c: String!) { fieldUsage(coordinate: $c) { integration { id name } documents { documentId operationNames } } }";
        using var jo = factory.CreateClientFor("admin-jo");
        var status = (await jo.DataAsync(usage, new { c = "CarePlan.status" }))["fieldUsage"]!.AsArray();
        var sunriseUsage = Assert.Single(status, u => (string)u!["integration"]!["id"]! == integrationId)!;
        // Its demo document (ReviewsDue) and the one registered here select the plans' status; `Me` does not.
        Assert.Equal(
            new[] { DocumentHash.Of(PlansDocument), DocumentHash.Of(Api.Integrations.DemoTrustedDocuments.PortalDocuments[0]) }.Order(StringComparer.Ordinal),
            sunriseUsage["documents"]!.AsArray().Select(d => (string)d!["documentId"]!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain((await jo.DataAsync(usage, new { c = "CarePlan.budget" }))["fieldUsage"]!.AsArray(), u => (string)u!["integration"]!["id"]! == integrationId);

        foreach (var persona in new[] { "sp-lee", "kw-sam" })
        {
            using var client = factory.CreateClientFor(persona);
            var refused = await PostAsync(client, new { query = usage, variables = new { c = "CarePlan.status" } });
            Assert.Equal("AUTH_FIELD_FORBIDDEN", Code(refused));
        }

        // Its documents are seen by its owners and administrators, not by another organisation.
        const string documents = "query($id: ID!) { integration(id: $id) { trustedDocuments { documentId } } }";
        Assert.Equal(2 + Api.Integrations.DemoTrustedDocuments.PortalDocuments.Count, (await jo.DataAsync(documents, new { id = integrationId }))["integration"]!["trustedDocuments"]!.AsArray().Count);
        foreach (var other in new[] { "sp-lee", "kw-sam", "adv-noor" })
        {
            using var client = factory.CreateClientFor(other);
            Assert.Null((await client.DataAsync(documents, new { id = integrationId }))["integration"]);
        }
    }

    [Fact]
    public async Task A_demo_portal_sends_its_registered_review_list_by_id_and_gets_its_clients()
    {
        using var factory = CarePlanApiFactory.Create(null, Refused);
        using var sunrise = factory.CreateClientFor("prov-sunrise");

        var body = await PostAsync(sunrise, new { documentId = DocumentHash.Of(Api.Integrations.DemoTrustedDocuments.PortalDocuments[0]), variables = new { from = "2026-11-01", to = "2026-11-30" } });

        Assert.Null(body["errors"]);
        Assert.Equal(["Cleo", "Dev"], body["data"]!["plans"]!["nodes"]!.AsArray().Select(n => (string)n!["person"]!["preferredName"]!));
    }

    private static JsonObject SubscribeById(string id, string documentId) => new()
    {
        ["id"] = id,
        ["type"] = "subscribe",
        ["payload"] = new JsonObject { ["documentId"] = documentId },
    };

    private static async Task<JsonNode> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string? Code(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    private static HttpClient ClientFor(CarePlanApiFactory factory, Persona persona)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona));
        return client;
    }

    private static async Task<string> IntegrationIdAsync(CarePlanApiFactory factory, string name)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        return await admin.IntegrationIdAsync(name);
    }

    private static async Task<int> CountAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().TrustedDocuments.CountAsync();
    }
}
