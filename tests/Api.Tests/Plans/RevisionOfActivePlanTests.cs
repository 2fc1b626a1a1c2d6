using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>
/// R18 with R19–R21: Dev's support is in place and a revision of his plan is being worked on. Agreeing it keeps the
/// plan ACTIVE with its review schedule; declining it leaves it ACTIVE too. Either way, subscribers are told of the
/// decision (kind AGREED or DECLINED, status unchanged), providers without the officer's reasons (R27).
/// </summary>
public sealed class RevisionOfActivePlanTests
{
    private const string Change = "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId kind previousStatus newStatus versionNumber reason plan { status } } }";

    private const string Schedule = "status supportInPlaceOn nextReviewDue agreedVersion { number inForceFrom } history { kind fromStatus toStatus }";

    [Fact]
    public async Task R18_agreeing_a_revision_of_an_active_plan_keeps_it_active_on_its_review_schedule_and_tells_subscribers()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var dev = factory.CreateClientFor("p-dev");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-dev"));
        var before = await PlanAsync(dev, planId);
        await using var samSocket = await ListenAsync(factory, "kw-sam", planId);
        await using var oakSocket = await ListenAsync(factory, "prov-oak", planId);

        await sam.SucceedAsync("confirmBestInterests", new { planId, statement = "Lee wrote the revision with Dev; I checked it with him." });
        await dev.SucceedAsync("confirmOwnDecisions", new { planId });
        await dev.SucceedAsync("submitPlan", new { planId });
        var agreed = (await sam.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId), "plan { " + Schedule + " }"))["plan"]!;

        Assert.Equal(("ACTIVE", 2, "2026-11-02"), ((string)agreed["status"]!, (int)agreed["agreedVersion"]!["number"]!, (string)agreed["agreedVersion"]!["inForceFrom"]!));
        Assert.Equal((string?)before["supportInPlaceOn"], (string?)agreed["supportInPlaceOn"]);
        Assert.Equal((string?)before["nextReviewDue"], (string?)agreed["nextReviewDue"]);
        Assert.DoesNotContain(agreed["history"]!.AsArray(), e => (string)e!["toStatus"]! == "AGREED" && (string)e["fromStatus"]! == "ACTIVE");

        var told = await NextChangeAsync(samSocket);
        Assert.Equal(("AGREED", "ACTIVE", "ACTIVE", 2, "ACTIVE"), ((string)told["kind"]!, (string)told["previousStatus"]!, (string)told["newStatus"]!, (int)told["versionNumber"]!, (string)told["plan"]!["status"]!));
        var oak = await oakSocket.NextPayloadAsync("plan");
        Assert.Equal(((string?)told["eventId"], "AGREED"), ((string?)oak["data"]!["planStatusChanged"]!["eventId"], (string?)oak["data"]!["planStatusChanged"]!["kind"]));
        Assert.Null(oak["data"]!["planStatusChanged"]!["reason"]);

        // R21: support is in place, so a review can be asked for as before.
        await dev.SucceedAsync("requestReview", new { planId, grounds = new[] { "NEEDS_CHANGED" }, details = "Swimming has made a difference already." }, "__typename");
    }

    [Fact]
    public async Task R18_declining_a_revision_of_an_active_plan_leaves_it_active_and_still_tells_subscribers()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var dev = factory.CreateClientFor("p-dev");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-dev"));
        await using var devSocket = await ListenAsync(factory, "p-dev", planId);
        await using var oakSocket = await ListenAsync(factory, "prov-oak", planId);
        await dev.SucceedAsync("submitPlan", new { planId });

        await sam.SucceedAsync("declinePlan", new
        {
            planId,
            reasons = "Swimming is free for Dev with the council's leisure card.",
            requiredChanges = new[] { "Remove the swimming item." },
            adviceOffered = "How to apply for the leisure card.",
        });

        var told = await NextChangeAsync(devSocket);
        Assert.Equal(("DECLINED", "ACTIVE", "ACTIVE", 2), ((string)told["kind"]!, (string)told["previousStatus"]!, (string)told["newStatus"]!, (int)told["versionNumber"]!));
        Assert.Equal("Swimming is free for Dev with the council's leisure card.", (string?)told["reason"]);
        var oak = await oakSocket.NextPayloadAsync("plan");
        Assert.Equal(((string?)told["eventId"], "DECLINED"), ((string?)oak["data"]!["planStatusChanged"]!["eventId"], (string?)oak["data"]!["planStatusChanged"]!["kind"]));
        Assert.Null(oak["data"]!["planStatusChanged"]!["reason"]);
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string?)oak["errors"]![0]!["extensions"]!["code"]);

        // Submitting the revision changed nothing subscribers are told of: the decline was the first thing they heard.
        var marker = await factory.PublishMarkerAsync(await factory.PlanIdOfAsync("p-dev"));
        Assert.Equal(marker, (string?)(await NextChangeAsync(devSocket))["eventId"]);
    }

    private static async Task<GraphQLWsClient> ListenAsync(CarePlanApiFactory factory, string persona, string planId)
    {
        var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor(persona));
        await client.SubscribeAsync("plan", Change, new { plan = planId });
        await client.PingPongAsync();
        return client;
    }

    private static async Task<JsonObject> NextChangeAsync(GraphQLWsClient client)
    {
        var payload = await client.NextPayloadAsync("plan");
        Assert.True(payload["errors"] is null, $"Unexpected errors: {payload["errors"]?.ToJsonString()}");
        return payload["data"]!["planStatusChanged"]!.AsObject();
    }

    private static async Task<JsonNode> PlanAsync(HttpClient client, string planId) =>
        (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { " + Schedule + " } } }", new { id = planId }))["node"]!;
}
