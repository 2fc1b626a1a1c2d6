using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Carers;

/// <summary>
/// R33 through HTTP and WebSocket with real tokens: Fay, Cleo's carer (recorded with Cleo's consent to see her plan),
/// signs in as herself, sees Cleo's agreed plan and nothing of anyone else, asks for a review, sees it once Cleo invites
/// her, hears only Cleo's plan's changes, and is refused as soon as Cleo withdraws consent.
/// </summary>
public sealed class CarerTests
{
    private const string Carers = "carers { id fullName relationship username consents consentInForce consentRecordedByName consentRecordedByRole consentWithdrawnAt }";

    [Fact]
    public async Task R33_carer_fay_signs_in_as_herself_and_sees_Cleos_agreed_plan_and_no_one_elses()
    {
        using var factory = new CarePlanApiFactory();
        using var fay = factory.CreateClientFor("carer-fay");

        var me = (await fay.DataAsync("{ me { subject name roles person { id } caresFor { reference } } }"))["me"]!;
        Assert.Equal(("carer-fay", "Fay Armstrong", "HELPER"), ((string)me["subject"]!, (string)me["name"]!, (string)me["roles"]![0]!));
        Assert.Null(me["person"]);
        Assert.Equal(["p-cleo"], me["caresFor"]!.AsArray().Select(p => (string)p!["reference"]!));

        var seen = await fay.DataAsync("{ people(first: 10) { nodes { reference carers { id } } } plans(first: 10) { nodes { id status person { reference } versions { status } currentVersion { status supportItems { description } agreementChecks { check } } } } }");
        var person = Assert.Single(seen["people"]!["nodes"]!.AsArray())!;
        Assert.Equal("p-cleo", (string)person["reference"]!);
        Assert.Empty(person["carers"]!.AsArray());
        var plan = Assert.Single(seen["plans"]!["nodes"]!.AsArray())!;
        Assert.Equal(("ACTIVE", "p-cleo"), ((string)plan["status"]!, (string)plan["person"]!["reference"]!));
        Assert.Equal(["AGREED"], plan["versions"]!.AsArray().Select(v => (string)v!["status"]!));
        Assert.Equal(["Evening personal care"], plan["currentVersion"]!["supportItems"]!.AsArray().Select(i => (string)i!["description"]!));
        Assert.Empty(plan["currentVersion"]!["agreementChecks"]!.AsArray());

        // Money and decision notes are never shared with carers: null at the field, with the reason.
        var money = await fay.PostAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status budget { indicative { formatted } } } } }", new { id = (string)plan["id"]! });
        Assert.Equal("ACTIVE", (string)money["data"]!["node"]!["status"]!);
        Assert.Null(money["data"]!["node"]!["budget"]);
        var refusal = Assert.Single(money["errors"]!.AsArray())!;
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)refusal["extensions"]!["code"]!);
        Assert.StartsWith("Carers do not see 'budget'", (string)refusal["message"]!, StringComparison.Ordinal);

        // Nobody else's plan, by any path.
        var others = await Task.WhenAll(new[] { "p-ada", "p-ben", "p-dev" }.Select(factory.PlanIdAsync));
        var byId = await fay.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = others });
        Assert.All(byId["nodes"]!.AsArray(), n => Assert.Null(n));
    }

    [Fact]
    public async Task R33_only_the_person_their_Key_Worker_and_administrators_see_the_persons_carers()
    {
        using var factory = new CarePlanApiFactory();
        var query = "{ people(first: 10) { nodes { reference " + Carers + " } } }";

        foreach (var persona in new[] { "p-cleo", "kw-sam", "admin-jo" })
        {
            using var client = factory.CreateClientFor(persona);
            var cleo = (await client.DataAsync(query))["people"]!["nodes"]!.AsArray().Single(p => (string)p!["reference"]! == "p-cleo")!;
            var fay = Assert.Single(cleo["carers"]!.AsArray())!;
            Assert.Equal(("Fay Armstrong", "sister", "carer-fay", "PLAN", true), ((string)fay["fullName"]!, (string)fay["relationship"]!, (string)fay["username"]!, (string)fay["consents"]![0]!, (bool)fay["consentInForce"]!));
            Assert.Equal(("Cleo Armstrong", "PERSON"), ((string)fay["consentRecordedByName"]!, (string)fay["consentRecordedByRole"]!));
        }

        // The panel sees only people whose plans were referred to it (R23): Cleo's was not, so she is not in its list.
        foreach (var persona in new[] { "prov-sunrise", "cs-kim" })
        {
            using var client = factory.CreateClientFor(persona);
            var cleo = (await client.DataAsync(query))["people"]!["nodes"]!.AsArray().Single(p => (string)p!["reference"]! == "p-cleo")!;
            Assert.Empty(cleo["carers"]!.AsArray());
        }
    }

    [Fact]
    public async Task R33_the_person_records_a_carer_who_can_then_sign_in_and_sees_what_was_consented()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var ben = factory.CreateClientFor("p-ben");
        using var kim = factory.CreateClientFor("cs-kim");
        var personId = await PersonIdAsync(factory, "p-cleo");
        var gus = new { personId, fullName = "Gus Armstrong", relationship = "brother", username = "carer-gus", consents = new[] { "PLAN", "REVIEWS" } };

        Assert.Equal(["PERSON_NOT_FOUND"], await ben.RefuseAsync("recordCarer", gus));
        Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("recordCarer", gus));
        Assert.Equal(["REQUIRED_TEXT_MISSING", "PLAN_CONSENT_REQUIRED"], await cleo.RefuseAsync("recordCarer", gus with { fullName = " ", consents = new[] { "REVIEWS" } }));
        Assert.Equal(["CARER_ALREADY_RECORDED"], await cleo.RefuseAsync("recordCarer", gus with { username = "carer-fay" }));
        Assert.Equal("INVALID_ID", await cleo.ForbiddenAsync("recordCarer", gus with { personId = await factory.PlanIdAsync("p-cleo") }));

        var recorded = await cleo.SucceedAsync("recordCarer", gus, "carer { id username consents consentInForce person { reference } } person { reference }");
        Assert.Equal(("carer-gus", "p-cleo"), ((string)recorded["carer"]!["username"]!, (string)recorded["person"]!["reference"]!));
        Assert.Equal(["PLAN", "REVIEWS"], recorded["carer"]!["consents"]!.AsArray().Select(c => (string)c!));

        // Gus signs in with his own token; with REVIEWS he sees the review Sam starts without being invited.
        using var sam = factory.CreateClientFor("kw-sam");
        var reviewId = await ReviewConductTests.StartAsync(factory, sam);
        using var gusClient = ClientFor(factory, new Persona("carer-gus", "Gus Armstrong", ActorRole.Helper, false));
        var plans = await gusClient.DataAsync("{ plans(first: 5) { nodes { person { reference } openReview { id } reviews { id } } } }");
        var plan = Assert.Single(plans["plans"]!["nodes"]!.AsArray())!;
        Assert.Equal(reviewId, (string)plan["openReview"]!["id"]!);

        // Fay, with the plan only, does not see that review.
        using var fay = factory.CreateClientFor("carer-fay");
        var faysPlan = (await fay.DataAsync("{ plans(first: 5) { nodes { openReview { id } reviews { id } } } }"))["plans"]!["nodes"]![0]!;
        Assert.Null(faysPlan["openReview"]);
        Assert.Empty(faysPlan["reviews"]!.AsArray());
        Assert.Null((await fay.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = reviewId }))["node"]);
    }

    [Fact]
    public async Task R33_R21_R22_fay_requests_a_review_of_Cleos_plan_and_sees_the_review_once_Cleo_invites_her()
    {
        using var factory = new CarePlanApiFactory();
        using var fay = factory.CreateClientFor("carer-fay");
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        var planId = await factory.PlanIdAsync("p-cleo");

        var requested = await fay.SucceedAsync("requestReview",
            new { planId, grounds = new[] { "NEEDS_CHANGED" }, details = "Cleo is more tired in the evenings since October." },
            "reviewRequest { id status requestedByRole requestedByName }");
        Assert.Equal(("PENDING", "HELPER", "Fay Armstrong"), ((string)requested["reviewRequest"]!["status"]!, (string)requested["reviewRequest"]!["requestedByRole"]!, (string)requested["reviewRequest"]!["requestedByName"]!));
        var requestId = (string)requested["reviewRequest"]!["id"]!;
        Assert.Equal(["NEEDS_CHANGED"], (await fay.DataAsync("{ plans(first: 1) { nodes { reviewRequests { id grounds } } } }"))["plans"]!["nodes"]![0]!["reviewRequests"]!.AsArray().Select(r => (string)r!["grounds"]![0]!));

        var accepted = await sam.SucceedAsync("decideReviewRequest", new { reviewRequestId = requestId, accept = true, reviewOn = "2026-11-06" }, "review { id }");
        var reviewId = (string)accepted["review"]!["id"]!;

        // Fay's consent covers the plan, not its reviews: until she is invited she sees her request, not the review.
        const string Query = "query($id: ID!, $request: ID!) { node(id: $id) { id } request: node(id: $request) { ... on ReviewRequest { status review { id } } } plans(first: 1) { nodes { openReview { id invitees { name carerId } } } } }";
        var before = await fay.DataAsync(Query, new { id = reviewId, request = requestId });
        Assert.Null(before["node"]);
        Assert.Equal("ACCEPTED", (string)before["request"]!["status"]!);
        Assert.Null(before["request"]!["review"]);
        Assert.Null(before["plans"]!["nodes"]![0]!["openReview"]);

        var carerId = (string)(await cleo.DataAsync("{ me { person { carers { id } } } }"))["me"]!["person"]!["carers"]![0]!["id"]!;
        Assert.Equal(["CARER_INVITEE_KIND"], await cleo.RefuseAsync("inviteToReview", new { reviewId, kind = "AGENCY", name = "Fay Armstrong", carerId }));
        Assert.Equal(["CARER_NOT_FOUND"], await cleo.RefuseAsync("inviteToReview", new { reviewId, kind = "CARER", name = "Fay Armstrong", carerId = NodeId.Encode("Carer", Guid.NewGuid()) }));
        var invited = await cleo.SucceedAsync("inviteToReview", new { reviewId, kind = "CARER", name = "Fay Armstrong", carerId }, "invitee { kind carerId }");
        Assert.Equal(carerId, (string)invited["invitee"]!["carerId"]!);

        var after = await fay.DataAsync(Query, new { id = reviewId, request = requestId });
        Assert.Equal(reviewId, (string)after["node"]!["id"]!);
        Assert.Equal(reviewId, (string)after["request"]!["review"]!["id"]!);
        Assert.Equal(carerId, (string)after["plans"]!["nodes"]![0]!["openReview"]!["invitees"]![0]!["carerId"]!);
    }

    [Fact]
    public async Task R33_R35_once_Cleo_withdraws_consent_fays_token_is_refused_with_401()
    {
        using var factory = new CarePlanApiFactory();
        using var fay = factory.CreateClientFor("carer-fay");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var provider = factory.CreateClientFor("prov-sunrise");
        Assert.Equal("carer-fay", (string)(await fay.DataAsync("{ me { subject } }"))["me"]!["subject"]!);
        var carerId = (string)(await cleo.DataAsync("{ me { person { carers { id } } } }"))["me"]!["person"]!["carers"]![0]!["id"]!;

        Assert.Equal(["CARER_NOT_FOUND"], await provider.RefuseAsync("withdrawCarerConsent", new { carerId }));
        var withdrawn = await cleo.SucceedAsync("withdrawCarerConsent", new { carerId }, "carer { consentInForce consentWithdrawnAt consentWithdrawnByName }");
        Assert.False((bool)withdrawn["carer"]!["consentInForce"]!);
        Assert.Equal("Cleo Armstrong", (string)withdrawn["carer"]!["consentWithdrawnByName"]!);
        Assert.Equal(["CARER_CONSENT_WITHDRAWN"], await cleo.RefuseAsync("withdrawCarerConsent", new { carerId }));

        using var response = await fay.PostAsJsonAsync("/graphql", new { query = "{ me { subject } }" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task R33_planStatusChanged_delivers_fay_only_changes_to_Cleos_plan_and_nothing_after_consent_is_withdrawn()
    {
        using var factory = new CarePlanApiFactory();
        var cleo = await factory.PlanIdOfAsync("p-cleo");
        var dev = await factory.PlanIdOfAsync("p-dev");
        await using var fay = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("carer-fay"));
        await using var sam = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
        await fay.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await sam.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await fay.PingPongAsync();
        await sam.PingPongAsync();

        // Ben's plan is declined: Sam hears it, Fay does not; the marker on Cleo's plan is the first thing she hears.
        using var samHttp = factory.CreateClientFor("kw-sam");
        await samHttp.SucceedAsync("declinePlan", new { planId = await factory.PlanIdAsync("p-ben"), reasons = "Over budget.", requiredChanges = new[] { "Reduce the day sessions." }, adviceOffered = "Travel training." }, "__typename");
        Assert.Equal("p-ben", (string?)(await sam.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["plan"]!["person"]!["reference"]);
        var devMarker = await factory.PublishMarkerAsync(dev);
        Assert.Equal(devMarker, (string?)(await sam.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        var marker = await factory.PublishMarkerAsync(cleo);
        Assert.Equal(marker, (string?)(await fay.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        Assert.Equal(marker, (string?)(await sam.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        Assert.Empty(fay.Drain());

        // Cleo withdraws consent: a later change to her plan reaches Sam, never Fay.
        using var cleoHttp = factory.CreateClientFor("p-cleo");
        var carerId = (string)(await cleoHttp.DataAsync("{ me { person { carers { id } } } }"))["me"]!["person"]!["carers"]![0]!["id"]!;
        await cleoHttp.SucceedAsync("withdrawCarerConsent", new { carerId }, "__typename");
        var after = await factory.PublishMarkerAsync(cleo);
        Assert.Equal(after, (string?)(await sam.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        await fay.PingPongAsync();
        Assert.Empty(fay.Drain());
    }

    private static HttpClient ClientFor(CarePlanApiFactory factory, Persona persona)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona));
        return client;
    }

    private static async Task<string> PersonIdAsync(CarePlanApiFactory factory, string reference)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { id reference } } }"))["people"]!["nodes"]!.AsArray();
        return (string)people.Single(p => (string)p!["reference"]! == reference)!["id"]!;
    }
}
