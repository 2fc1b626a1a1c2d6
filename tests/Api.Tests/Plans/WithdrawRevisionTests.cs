using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>
/// R18: Dev's support is in place and a revision of his plan is being worked on. The council does not agree it; Dev
/// withdraws it, the version in force stays in force, subscribers are told, and Dev starts a new revision.
/// </summary>
public sealed class WithdrawRevisionTests
{
    private const string Change = "subscription($plan: ID) { planStatusChanged(planId: $plan) { kind previousStatus newStatus versionNumber } }";

    private const string Withdrawn = "version { number status } plan { status revisionInProgress currentVersion { number status } agreedVersion { number } history { kind reason } }";

    [Fact]
    public async Task R18_the_person_withdraws_a_declined_revision_the_version_in_force_stays_subscribers_hear_and_a_new_revision_starts()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var dev = factory.CreateClientFor("p-dev");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-dev"));
        await dev.SucceedAsync("submitPlan", new { planId });
        await sam.SucceedAsync("declinePlan", new { planId, reasons = "Swimming is free with the leisure card.", requiredChanges = new[] { "Remove the swimming item." }, adviceOffered = "How to apply for the card." });
        await using var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("p-dev"));
        await socket.SubscribeAsync("plan", Change, new { plan = planId });
        await socket.PingPongAsync();
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var payload = await dev.SucceedAsync("withdrawRevision", new { planId, reason = "I will apply for the leisure card instead." }, Withdrawn);

        Assert.Equal((2, "WITHDRAWN"), ((int)payload["version"]!["number"]!, (string)payload["version"]!["status"]!));
        var plan = payload["plan"]!;
        Assert.Equal(("ACTIVE", false, 1, "AGREED", 1), ((string)plan["status"]!, (bool)plan["revisionInProgress"]!, (int)plan["currentVersion"]!["number"]!, (string)plan["currentVersion"]!["status"]!, (int)plan["agreedVersion"]!["number"]!));
        var last = plan["history"]!.AsArray()[^1]!;
        Assert.Equal(("REVISION_WITHDRAWN", "Revision withdrawn: I will apply for the leisure card instead. Version 1 stays in force."), ((string)last["kind"]!, (string)last["reason"]!));
        var told = (await socket.NextPayloadAsync("plan"))["data"]!["planStatusChanged"]!;
        Assert.Equal(("REVISION_WITHDRAWN", "ACTIVE", "ACTIVE", 2), ((string)told["kind"]!, (string)told["previousStatus"]!, (string)told["newStatus"]!, (int)told["versionNumber"]!));

        Assert.Equal(["INVALID_TRANSITION"], await dev.RefuseAsync("withdrawRevision", new { planId }));
        var fresh = await dev.SucceedAsync("startRevision", new { planId, reason = "Add the leisure card." }, "version { number status } plan { revisionInProgress }");
        Assert.Equal((3, "DRAFT", true), ((int)fresh["version"]!["number"]!, (string)fresh["version"]!["status"]!, (bool)fresh["plan"]!["revisionInProgress"]!));
    }

    [Fact]
    public async Task R28_a_planner_named_only_in_a_withdrawn_revision_no_longer_sees_the_plan()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var lee = factory.CreateClientFor("sp-lee");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-cleo"));
        var organisationId = (string)(await lee.DataAsync("{ me { organisation { id } } }"))["me"]!["organisation"]!["id"]!;
        const string Node = "query($id: ID!) { node(id: $id) { id } }";
        Assert.Null((await lee.DataAsync(Node, new { id = planId }))["node"]);

        await cleo.SucceedAsync("startRevision", new { planId, reason = "Lee will help me add a day centre." });
        await cleo.SucceedAsync("addPlanHelper", new { planId, kind = "INDEPENDENT_SUPPORT_PLANNER", name = "Lee Chen", organisationId }, "helper { id }");
        Assert.NotNull((await lee.DataAsync(Node, new { id = planId }))["node"]);

        await cleo.SucceedAsync("withdrawRevision", new { planId }, Withdrawn);

        // Her consent lived in the revision she dropped; the version in force never named Lee.
        Assert.Null((await lee.DataAsync(Node, new { id = planId }))["node"]);
    }

    [Theory]
    [InlineData("sp-lee")]
    [InlineData("kw-sam")]
    public async Task R18_their_planner_or_the_key_worker_may_withdraw_a_draft_revision(string persona)
    {
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClientFor(persona);
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-dev"));

        var payload = await client.SucceedAsync("withdrawRevision", new { planId }, Withdrawn);

        Assert.Equal("WITHDRAWN", (string)payload["version"]!["status"]!);
        Assert.Equal("ACTIVE", (string)payload["plan"]!["status"]!);
    }

    [Fact]
    public async Task R18_R26_R29_others_may_not_withdraw_and_there_must_be_a_revision_to_withdraw()
    {
        using var factory = new CarePlanApiFactory();
        using var oak = factory.CreateClientFor("prov-oak");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var ada = factory.CreateClientFor("p-ada");
        using var dev = factory.CreateClientFor("p-dev");
        var devPlan = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-dev"));
        var cleoPlan = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-cleo"));
        var adaPlan = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-ada"));
        const string Document = "mutation($input: WithdrawRevisionInput!) { withdrawRevision(input: $input) { __typename } }";

        // A provider sees Dev's plan but may not change it; Cleo may not see it at all.
        var forbidden = await oak.PostAsync(Document, new { input = new { planId = devPlan } });
        Assert.Equal("AUTH_FORBIDDEN", (string)forbidden["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(["PLAN_NOT_FOUND"], await cleo.RefuseAsync("withdrawRevision", new { planId = devPlan }));
        var badId = await dev.PostAsync(Document, new { input = new { planId = "not-an-id" } });
        Assert.Equal("INVALID_ID", (string)badId["errors"]![0]!["extensions"]!["code"]!);

        // Nothing being revised, or a first plan never agreed: nothing to withdraw.
        Assert.Equal(["INVALID_TRANSITION"], await cleo.RefuseAsync("withdrawRevision", new { planId = cleoPlan }));
        Assert.Equal(["INVALID_TRANSITION"], await ada.RefuseAsync("withdrawRevision", new { planId = adaPlan }));

        // Based on an older revision of the version: someone changed it since.
        var plan = await dev.PlanOfAsync("p-dev");
        await dev.SucceedAsync("updatePlanAnswers", new { planId = devPlan, answers = new { whatToChange = "Swimming on Fridays." } });
        Assert.Equal(["EDIT_CONFLICT"], await dev.RefuseAsync("withdrawRevision", new { planId = devPlan, expectedRevision = plan.Revision() }));
        Assert.True((bool)(await dev.PlanOfAsync("p-dev"))["revisionInProgress"]!);
    }
}
