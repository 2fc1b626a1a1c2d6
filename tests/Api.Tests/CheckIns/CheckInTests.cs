using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.CheckIns;

/// <summary>
/// R32 (and R21, R27): the Key Worker's check-in once support is in place, over HTTP with each persona's own token.
/// Cleo's support was in place on 17 August 2026 (77 days before the demo clock's 2 November), so her check-in was
/// due on 31 August and is still due; Dev's support was in place on 24 August and Sam checked in on 3 September (demo data).
/// </summary>
public sealed class CheckInTests
{
    private const string CheckIn = "checkIn { id wasDueOn occurredAt howThePersonIsDoing changesNeeded recordedByName reviewRequest { id } } reviewRequest { id status grounds requestedByRole } plan { nextCheckInDue }";

    private static object Input(string planId, object? occurredAt = null, bool changesNeeded = true, string[]? reviewGrounds = null) => new
    {
        planId,
        occurredAt = occurredAt ?? "2026-11-02T08:30:00Z",
        howThePersonIsDoing = "Cleo is managing mornings well but her evenings are harder since her sister moved away.",
        changesNeeded,
        reviewGrounds,
    };

    [Fact]
    public async Task R32_kw_sam_checks_in_on_Cleo_asks_for_a_review_and_only_those_who_need_it_see_the_check_in()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var planId = await factory.PlanIdAsync("p-cleo");
        Assert.Equal("2026-08-31", (string)(await cleo.PlanAsync(planId, "nextCheckInDue"))["nextCheckInDue"]!);

        var recorded = await sam.SucceedAsync("recordCheckIn", Input(planId, reviewGrounds: ["NEEDS_CHANGED"]), CheckIn);

        var checkIn = recorded["checkIn"]!;
        var checkInId = (string)checkIn["id"]!;
        Assert.Equal(("2026-08-31", true, "Sam Okafor"), ((string)checkIn["wasDueOn"]!, (bool)checkIn["changesNeeded"]!, (string)checkIn["recordedByName"]!));
        var request = recorded["reviewRequest"]!;
        Assert.Equal(("PENDING", "KEY_WORKER", "NEEDS_CHANGED"), ((string)request["status"]!, (string)request["requestedByRole"]!, (string)request["grounds"]![0]!));
        Assert.Equal((string)request["id"]!, (string)checkIn["reviewRequest"]!["id"]!);
        Assert.Null(recorded["plan"]!["nextCheckInDue"]);

        // Cleo sees it on her plan; the request waits for the Key Worker's decision like any other (R21).
        var mine = await cleo.PlanAsync(planId, "checkIns { id howThePersonIsDoing } reviewRequests { status } history { kind }");
        Assert.Equal(checkInId, (string)Assert.Single(mine["checkIns"]!.AsArray())!["id"]!);
        Assert.Equal("PENDING", (string)mine["reviewRequests"]!.AsArray()[^1]!["status"]!);
        Assert.Equal(["CHECK_IN_RECORDED", "REVIEW_REQUESTED"], mine["history"]!.AsArray().TakeLast(2).Select(e => (string)e!["kind"]!).Order(StringComparer.Ordinal));

        // R27: one rule for the list and the node: council staff and Cleo see it; providers, planners, other people, an
        // advocate not asked to help, and the panel (Cleo's plan was never referred to it, R23) do not.
        foreach (var persona in new[] { "kw-sam", "cs-kim", "sg-tom", "admin-jo", "p-cleo" })
        {
            using var client = factory.CreateClientFor(persona);
            var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on CheckIn { id changesNeeded } } }", new { id = checkInId }))["node"];
            Assert.True(node is not null, $"{persona} should see Cleo's check-in");
        }

        // Cleo's carer sees her agreed plan (R33), not how Cleo told her Key Worker she was doing.
        foreach (var persona in new[] { "prov-sunrise", "prov-oak", "sp-lee", "adv-noor", "panel-ravi", "carer-fay", "p-ada", "p-ben", "p-dev" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Null((await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = checkInId }))["node"]);
            Assert.Null((await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { checkInId } }))["nodes"]![0]);
        }

        var providerView = await sunrise.PostAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status checkIns { id } } } }", new { id = planId });
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)providerView["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("ACTIVE", (string)providerView["data"]!["node"]!["status"]!);
        Assert.Null(providerView["data"]!["node"]!["checkIns"]);
    }

    [Fact]
    public async Task R32_a_planner_sees_no_check_ins_on_Devs_plan_and_only_the_key_worker_may_record_one()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var lee = factory.CreateClientFor("sp-lee");
        using var dev = factory.CreateClientFor("p-dev");
        var devPlan = await factory.PlanIdAsync("p-dev");

        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("recordCheckIn", Input(devPlan)));
        Assert.Equal("AUTH_FORBIDDEN", await dev.ForbiddenAsync("recordCheckIn", Input(devPlan)));
        using (var kim = factory.CreateClientFor("cs-kim"))
        {
            Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("recordCheckIn", Input(devPlan)));
        }

        using (var sunrise = factory.CreateClientFor("prov-sunrise"))
        {
            Assert.Equal("AUTH_FORBIDDEN", await sunrise.ForbiddenAsync("recordCheckIn", Input(devPlan)));
        }

        // Refused as data, all at once, and nothing changes: a time still to come, no words, a review without changes needed.
        var refusal = await sam.RefuseAsync("recordCheckIn", new { planId = devPlan, occurredAt = "2026-11-02T09:30:00Z", howThePersonIsDoing = " ", changesNeeded = false, reviewGrounds = new[] { "NEEDS_CHANGED" } });
        Assert.Equal(["REQUIRED_TEXT_MISSING", "CHECK_IN_IN_FUTURE", "REVIEW_WITHOUT_CHANGES"], refusal);
        using (var noor = factory.CreateClientFor("adv-noor"))
        {
            Assert.Equal(["PLAN_NOT_FOUND"], await noor.RefuseAsync("recordCheckIn", Input(devPlan)));
        }

        await sam.SucceedAsync("recordCheckIn", Input(devPlan, changesNeeded: false), CheckIn);

        var seen = await dev.PlanAsync(devPlan, "nextCheckInDue checkIns { changesNeeded reviewRequest { id } }");
        Assert.Null(seen["nextCheckInDue"]);
        Assert.Equal(2, seen["checkIns"]!.AsArray().Count);
        Assert.Null(seen["checkIns"]!.AsArray()[^1]!["reviewRequest"]);
        var planner = await lee.PlanAsync(devPlan, "nextCheckInDue checkIns { id }");
        Assert.Empty(planner["checkIns"]!.AsArray());
        Assert.Null(planner["nextCheckInDue"]);
    }

    [Fact]
    public async Task R32_no_check_in_before_support_is_in_place()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");

        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("recordCheckIn", Input(await factory.PlanIdAsync("p-ada"))));
    }
}
