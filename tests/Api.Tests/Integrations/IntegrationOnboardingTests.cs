using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Issue 15, through real HTTP and WebSockets with real tokens: an organisation registers its application, an
/// administrator approves it, and its tokens work; refusal and suspension take effect at once; bad registrations are
/// clear errors that change nothing.
/// </summary>
public sealed class IntegrationOnboardingTests
{
    private const string Selection = "integration { id name status access requestedAccess reasons clientAppId organisation { handle } origins }";

    [Fact]
    public async Task A_planner_registers_its_tool_its_tokens_wait_for_approval_and_then_work()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var jo = factory.CreateClientFor("admin-jo");
        var clientAppId = Guid.NewGuid();
        var tool = new Persona("lee-notes", "Lee's notes app", ActorRole.SupportPlanner, true) { ClientId = clientAppId };

        var registered = await lee.SucceedAsync("registerIntegration", Registration(clientAppId, await factory.OrganisationIdAsync("sp-lee")), Selection);
        var id = (string)registered["integration"]!["id"]!;
        Assert.Equal(("PENDING", "READ_WRITE", "sp-lee"), ((string)registered["integration"]!["status"]!, (string)registered["integration"]!["access"]!, (string)registered["integration"]!["organisation"]!["handle"]!));

        var (status, reason) = await CallAsync(factory, tool);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The integration \"Lee's notes app\" is waiting for the council's approval.", reason);

        var approved = await jo.SucceedAsync("approveIntegration", new { integrationId = id, access = "READ_ONLY" }, Selection);
        Assert.Equal(("APPROVED", "READ_ONLY", "READ_WRITE"), ((string)approved["integration"]!["status"]!, (string)approved["integration"]!["access"]!, (string)approved["integration"]!["requestedAccess"]!));

        Assert.Equal((HttpStatusCode.OK, null), await CallAsync(factory, tool));
        using var app = ClientFor(factory, tool);
        var me = (await app.DataAsync("{ me { subject roles } }"))["me"]!;
        Assert.Equal("sp-lee", (string)me["subject"]!);
        Assert.Equal("AUTH_FORBIDDEN", await app.ForbiddenAsync("raiseSafetyConcern", new { planId = await factory.PlanIdAsync("p-ada"), concern = "Read-only apps change nothing." }));

        // Its own organisation sees it; another does not, through the list or node(id:).
        Assert.Contains(id, (await lee.DataAsync("{ integrations { nodes { id } } }"))["integrations"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        using var oak = factory.CreateClientFor("prov-oak");
        Assert.DoesNotContain(id, (await oak.DataAsync("{ integrations { nodes { id } } }"))["integrations"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Null((await oak.DataAsync("query($id: ID!) { node(id: $id) { id } integration(id: $id) { id } }", new { id }))["node"]);
    }

    [Fact]
    public async Task Suspending_an_integration_refuses_its_tokens_and_closes_its_sockets_at_once_and_reinstating_it_lets_it_back()
    {
        using var factory = new CarePlanApiFactory();
        using var jo = factory.CreateClientFor("admin-jo");
        var sunrise = await jo.IntegrationIdAsync("Sunrise Home Care portal");
        await using var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("prov-sunrise"));

        await jo.SucceedAsync("suspendIntegration", new { integrationId = sunrise, reason = "Requests for people it does not support." }, Selection);

        var (code, closeReason) = await socket.ClosedAsync();
        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden: The integration \"Sunrise Home Care portal\" is suspended", closeReason, StringComparison.Ordinal);
        var (status, reason) = await CallAsync(factory, DemoPersonas.Find("prov-sunrise")!);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The integration \"Sunrise Home Care portal\" is suspended: Requests for people it does not support.", reason);

        // A new socket is refused too.
        await using var again = await GraphQLWsClient.ConnectAsync(factory.Server);
        await again.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + factory.TokenFor("prov-sunrise") } });
        Assert.Equal(4403, (await again.ClosedAsync()).Code);

        await jo.SucceedAsync("reinstateIntegration", new { integrationId = sunrise }, Selection);
        Assert.Equal((HttpStatusCode.OK, null), await CallAsync(factory, DemoPersonas.Find("prov-sunrise")!));
    }

    [Fact]
    public async Task A_refused_integration_is_told_why_and_only_an_administrator_decides()
    {
        using var factory = new CarePlanApiFactory();
        using var jo = factory.CreateClientFor("admin-jo");
        using var sam = factory.CreateClientFor("kw-sam");
        using var lee = factory.CreateClientFor("sp-lee");
        var tool = await jo.IntegrationIdAsync("Lee Chen planning tool");

        Assert.Equal(["INTEGRATION_NOT_FOUND"], await sam.RefuseAsync("approveIntegration", new { integrationId = tool }));
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await lee.RefuseAsync("approveIntegration", new { integrationId = tool }));
        Assert.Equal(["REQUIRED_TEXT_MISSING"], await jo.RefuseAsync("refuseIntegration", new { integrationId = tool, reasons = " " }));
        await jo.SucceedAsync("refuseIntegration", new { integrationId = tool, reasons = "We could not verify who runs it." }, Selection);

        Assert.Equal(["INVALID_INTEGRATION_STATE"], await jo.RefuseAsync("approveIntegration", new { integrationId = tool }));
        var (status, reason) = await CallAsync(factory, DemoPersonas.Find("app-lee-tool")!);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The integration \"Lee Chen planning tool\" was refused: We could not verify who runs it.", reason);
    }

    [Fact]
    public async Task Two_administrators_deciding_the_same_integration_at_once_decide_it_once()
    {
        using var factory = new CarePlanApiFactory();
        using var jo = factory.CreateClientFor("admin-jo");
        using var joAgain = factory.CreateClientFor("admin-jo");
        var tool = await jo.IntegrationIdAsync("Lee Chen planning tool");

        var decisions = await Task.WhenAll(
            jo.MutateAsync("approveIntegration", new { integrationId = tool }, "integration { status }"),
            joAgain.MutateAsync("refuseIntegration", new { integrationId = tool, reasons = "Not needed." }, "integration { status }"));

        var refusals = decisions.Select(d => d["errors"] is JsonArray errors ? errors.Select(e => (string)e!["code"]!).ToList() : []).ToList();
        Assert.Single(refusals, codes => codes.Count == 0);
        Assert.Single(refusals, codes => codes is ["EDIT_CONFLICT"] or ["INVALID_INTEGRATION_STATE"]);
        var revision = (int)(await jo.DataAsync("query($id: ID!) { integration(id: $id) { revision } }", new { id = tool }))["integration"]!["revision"]!;
        Assert.Equal(1, revision);
    }

    [Fact]
    public async Task The_council_website_is_read_only_it_reads_but_its_mutations_are_refused_before_anything_runs()
    {
        using var factory = new CarePlanApiFactory();
        using var website = factory.CreateClientFor("web-council");

        Assert.NotEmpty((await website.DataAsync("{ organisations { nodes { name } } }"))["organisations"]!["nodes"]!.AsArray());
        var body = await website.PostAsync("mutation { acknowledgeComplaint(input: { complaintId: \"x\" }) { __typename } }");
        Assert.Equal("AUTH_FORBIDDEN", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("approved read-only", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_registration_is_a_clear_error_and_registers_nothing()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var jo = factory.CreateClientFor("admin-jo");
        var sunriseId = await factory.OrganisationIdAsync("prov-sunrise");
        var oakId = await factory.OrganisationIdAsync("prov-oak");
        var before = await CountAsync(jo);

        Assert.Equal(["DUPLICATE_INTEGRATION"], await sunrise.RefuseAsync("registerIntegration", Registration(Api.Demo.DemoData.ClientIdOf("prov-sunrise"), sunriseId)));
        Assert.Equal(["INVALID_CLIENT_APP_ID"], await sunrise.RefuseAsync("registerIntegration", Registration(null, sunriseId)));
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await sunrise.RefuseAsync("registerIntegration", Registration(Guid.NewGuid(), oakId)));
        Assert.Equal(["ORGANISATION_NOT_FOUND"], await jo.RefuseAsync("registerIntegration", Registration(Guid.NewGuid(), Api.Graph.Relay.NodeId.Encode("Organisation", Guid.NewGuid()))));
        Assert.Equal(
            ["INVALID_INTEGRATION_CONTACT", "INVALID_INTEGRATION_URL", "INVALID_INTEGRATION_URL", "INVALID_INTEGRATION_URL"],
            await sunrise.RefuseAsync("registerIntegration", Registration(Guid.NewGuid(), sunriseId) with
            {
                contacts = [new { name = "Dana", email = "not-an-address" }],
                origins = ["http://portal.sunrise.example"],
                webhookUrls = ["https://192.168.0.10/hook", "http://hooks.sunrise.example/x"],
            }));

        Assert.Equal(before, await CountAsync(jo));
    }

    [Fact]
    public async Task An_integration_is_reached_by_node_id_exactly_as_the_list_shows_it_for_every_persona()
    {
        using var factory = new CarePlanApiFactory();
        using var jo = factory.CreateClientFor("admin-jo");
        var all = (await jo.DataAsync("{ integrations { nodes { id organisation { handle } } } }"))["integrations"]!["nodes"]!.AsArray();
        Assert.Equal(4, all.Count);

        foreach (var persona in DemoPersonas.LetIn)
        {
            using var client = factory.CreateClientFor(persona.Handle);
            var listed = (await client.DataAsync("{ integrations { nodes { id } } }"))["integrations"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
            foreach (var integration in all)
            {
                var id = (string)integration!["id"]!;
                var reached = (await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"] is not null;
                Assert.True(reached == listed.Contains(id), $"{persona.Handle}: node({id}) {(reached ? "reached" : "hidden")} but the list {(listed.Contains(id) ? "shows" : "hides")} it");
            }

            var expected = persona.Handle switch
            {
                "admin-jo" => 4,
                "prov-sunrise" or "prov-oak" or "sp-lee" => 1,

                // The council website acts for no organisation but sees itself, to register its trusted documents.
                "web-council" => 1,
                _ => 0,
            };
            Assert.True(expected == listed.Count, $"{persona.Handle} sees {listed.Count} integrations");
        }
    }

    private static RegistrationInput Registration(Guid? clientAppId, string organisationId) => new(
        "Lee's notes app",
        clientAppId?.ToString() ?? "not-a-guid",
        organisationId,
        [new { name = "Lee Chen", email = "lee@leechen-planning.example" }],
        "READ_WRITE",
        ["https://notes.leechen-planning.example"],
        ["https://notes.leechen-planning.example/hooks"]);

#pragma warning disable SA1300, IDE1006 // GraphQL input field names
    private sealed record RegistrationInput(string name, string clientAppId, string organisationId, object[] contacts, string access, string[] origins, string[] webhookUrls);
#pragma warning restore SA1300, IDE1006

    private static async Task<int> CountAsync(HttpClient admin) =>
        (int)(await admin.DataAsync("{ integrations { totalCount } }"))["integrations"]!["totalCount"]!;

    private static HttpClient ClientFor(CarePlanApiFactory factory, Persona persona)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona));
        return client;
    }

    /// <summary>A query with the persona's token: the status, and the reason given when it is refused.</summary>
    private static async Task<(HttpStatusCode Status, string? Reason)> CallAsync(CarePlanApiFactory factory, Persona persona)
    {
        using var client = ClientFor(factory, persona);
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ me { subject } }" });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (response.StatusCode, null);
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, (string?)body["errors"]![0]!["message"]);
    }
}
