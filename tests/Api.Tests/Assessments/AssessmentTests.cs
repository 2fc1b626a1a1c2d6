using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Assessments;

/// <summary>R31: the council records and reviews assessments; plans follow the newest version; p-eve starts her plan.</summary>
public sealed class AssessmentTests
{
    private const string Assessment = "assessment { id version isCurrent completedOn recordedBy indicativeBudget { pence } assessedContribution { pence } "
        + "eligibleNeeds { id area description } outcomes { id description } risks { id description isSignificant } previousVersion { id } supersededBy { id } }";

    private const string Checks = "status history { kind } currentVersion { agreementChecks { check passed errors { __typename } } }";

    [Fact]
    public async Task R31_the_key_worker_records_an_assessment_the_person_sees_it_and_no_one_else_outside_the_council_does()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var ada = await PersonIdAsync(factory, "p-ada");
        var input = new { personId = ada, needs = new[] { new { area = "MANAGING_NUTRITION", description = "Help to cook." } }, outcomes = Array.Empty<object>(), risks = Array.Empty<object>(), assessedContributionPence = 0L, indicativeBudgetPence = 1_000_00L };

        // Outside the council: refused before anything runs. Council staff who are not assessing officers: refused by the domain, as data.
        foreach (var persona in new[] { "p-ada", "sp-lee" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal("AUTH_FORBIDDEN", await client.ForbiddenAsync("recordAssessment", input));
        }

        foreach (var (persona, code) in new[] { ("cs-kim", "ACTOR_NOT_PERMITTED"), ("prov-oak", "PERSON_NOT_FOUND"), ("p-ben", "PERSON_NOT_FOUND") })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal([code], await client.RefuseAsync("recordAssessment", input));
        }

        Assert.Equal(
            ["NO_ELIGIBLE_NEEDS", "ASSESSMENT_AMOUNT_OUT_OF_RANGE", "REQUIRED_TEXT_MISSING"],
            await sam.RefuseAsync("recordAssessment", input with { needs = [], indicativeBudgetPence = -1L, outcomes = [new { description = " " }] }));
        var recorded = (await sam.SucceedAsync("recordAssessment", input, Assessment))["assessment"]!;

        Assert.Equal((1, true, "2026-11-02", "Sam Okafor", 1_000_00L), ((int)recorded["version"]!, (bool)recorded["isCurrent"]!, (string)recorded["completedOn"]!, (string)recorded["recordedBy"]!, (long)recorded["indicativeBudget"]!["pence"]!));
        var id = (string)recorded["id"]!;
        await SameRuleAsNodeAsync(factory, id, "p-ada", "sp-lee");
        using var adaClient = factory.CreateClientFor("p-ada");
        var seen = await adaClient.DataAsync("{ people(first: 1) { nodes { currentAssessment { id } assessments { id isCurrent } } } }");
        Assert.Equal(id, (string)seen["people"]!["nodes"]![0]!["currentAssessment"]!["id"]!);
        Assert.Equal(2, seen["people"]!["nodes"]![0]!["assessments"]!.AsArray().Count);
    }

    [Fact]
    public async Task R31_p_eve_starts_her_plan_from_her_assessment_and_a_superseded_version_is_refused()
    {
        using var factory = new CarePlanApiFactory();
        using var eve = factory.CreateClientFor("p-eve");
        using var sam = factory.CreateClientFor("kw-sam");
        var mine = (await eve.DataAsync("{ people(first: 5) { nodes { reference plans { id } currentAssessment { id indicativeBudget { pence } risks { description isSignificant } } } } }"))["people"]!["nodes"]!.AsArray();
        var person = Assert.Single(mine)!;
        Assert.Equal("p-eve", (string)person["reference"]!);
        Assert.Empty(person["plans"]!.AsArray());
        var assessment = person["currentAssessment"]!;
        Assert.Contains(assessment["risks"]!.AsArray(), r => (string)r!["description"]! == "Falls at night" && (bool)r["isSignificant"]!);
        await SameRuleAsNodeAsync(factory, (string)assessment["id"]!, "p-eve");

        var revised = (await sam.SucceedAsync("reviseAssessment", await KeepAllAsync(sam, (string)assessment["id"]!, budget: 12_000_00), Assessment + " plans { id }"))["assessment"]!;
        Assert.Equal((2, (string)assessment["id"]!), ((int)revised["version"]!, (string)revised["previousVersion"]!["id"]!));
        Assert.Empty(revised["plans"]?.AsArray() ?? []);

        Assert.Equal(["ASSESSMENT_SUPERSEDED"], await eve.RefuseAsync("startPlan", new { assessmentId = (string)assessment["id"]!, preparedBy = "PERSON" }));
        var started = await eve.SucceedAsync("startPlan", new { assessmentId = (string)revised["id"]!, preparedBy = "PERSON" }, "plan { status assessment { id risks { isSignificant } } }");

        Assert.Equal(("DRAFT", (string)revised["id"]!), ((string)started["plan"]!["status"]!, (string)started["plan"]!["assessment"]!["id"]!));
        Assert.Equal(["ASSESSMENT_SUPERSEDED"], await sam.RefuseAsync("reviseAssessment", await KeepAllAsync(sam, (string)revised["id"]!, budget: 1) with { AssessmentId = (string)assessment["id"]! }));
    }

    [Fact]
    public async Task R31_revising_the_assessment_of_a_submitted_plan_changes_its_agreement_checks()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");
        var before = await ben.PlanAsync(planId, Checks + " assessment { id }");
        Assert.False(Passed(before, "AFFORDABLE"));
        Assert.True(Passed(before, "EFFECTIVE"));
        var assessmentId = (string)before["assessment"]!["id"]!;

        foreach (var persona in new[] { "prov-oak", "sp-lee", "p-ada" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal(["ASSESSMENT_NOT_FOUND"], await client.RefuseAsync("reviseAssessment", await KeepAllAsync(sam, assessmentId, budget: 50_000_00)));
        }

        Assert.Equal("AUTH_FORBIDDEN", await ben.ForbiddenAsync("reviseAssessment", await KeepAllAsync(sam, assessmentId, budget: 50_000_00)));
        var raised = await sam.SucceedAsync("reviseAssessment", await KeepAllAsync(sam, assessmentId, budget: 50_000_00), "assessment { id } plans { id }");
        Assert.Equal(planId, (string)raised["plans"]![0]!["id"]!);

        var after = await ben.PlanAsync(planId, Checks);
        Assert.True(Passed(after, "AFFORDABLE"));
        Assert.Equal(("SUBMITTED", "ASSESSMENT_REVISED"), ((string)after["status"]!, (string)after["history"]!.AsArray()[^1]!["kind"]!));

        var content = await KeepAllAsync(sam, (string)raised["assessment"]!["id"]!, budget: 50_000_00);
        var needs = content.Needs.Append(new Need(null, "HABITABLE_HOME", "Help to keep the kitchen clean.")).ToArray();
        await sam.SucceedAsync("reviseAssessment", content with { Needs = needs }, "assessment { version }");

        var effective = (await ben.PlanAsync(planId, Checks))["currentVersion"]!["agreementChecks"]!.AsArray().Single(c => (string)c!["check"]! == "EFFECTIVE")!;
        Assert.False((bool)effective["passed"]!);
        Assert.Equal(["UnmetNeedError"], effective["errors"]!.AsArray().Select(e => (string)e!["__typename"]!));
    }

    [Fact]
    public async Task R31_R17_a_plan_declined_for_an_assessment_review_is_resubmitted_and_agreed_against_the_new_version()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");
        var assessmentId = (string)(await ben.PlanAsync(planId, "assessment { id }"))["assessment"]!["id"]!;
        Assert.Equal(["OVER_BUDGET"], await sam.RefuseAsync("agreePlan", Plans.AgreementStoryTests.Agreement(planId)));
        await sam.SucceedAsync("declinePlan", new
        {
            planId,
            reasons = "The budget did not allow for the day service Ben needs.",
            requiredChanges = Array.Empty<string>(),
            adviceOffered = "Information about local day services.",
            reviewAssessmentRequested = true,
        }, "plan { status }");

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await sam.SucceedAsync("reviseAssessment", await KeepAllAsync(sam, assessmentId, budget: 18_500_00), "assessment { id }");
        Assert.Equal("CHANGES_REQUIRED", (string)(await ben.PlanAsync(planId, "status"))["status"]!);
        await ben.SucceedAsync("submitPlan", new { planId }, "plan { status }");
        var agreed = await sam.SucceedAsync("agreePlan", Plans.AgreementStoryTests.Agreement(planId), "plan { status budget { indicative { pence } } }");

        Assert.Equal(("AGREED", 18_500_00L), ((string)agreed["plan"]!["status"]!, (long)agreed["plan"]!["budget"]!["indicative"]!["pence"]!));
    }

    private static bool Passed(JsonNode plan, string check) =>
        (bool)plan["currentVersion"]!["agreementChecks"]!.AsArray().Single(c => (string)c!["check"]! == check)!["passed"]!;

    /// <summary>
    /// R35: the assessment answers <c>node(id:)</c> exactly for the personas whose <c>people</c> list holds its person: the
    /// council (not the panel, which sees only people whose plans were referred to it, R23), the person, and those named.
    /// </summary>
    private static async Task SameRuleAsNodeAsync(CarePlanApiFactory factory, string assessmentId, string reference, params string[] alsoSeenBy)
    {
        foreach (var persona in DemoPersonas.LetIn)
        {
            using var client = factory.CreateClientFor(persona.Handle);
            var data = await client.DataAsync("query($id: ID!) { node(id: $id) { id } people(first: 50) { nodes { reference } } }", new { id = assessmentId });
            var seesPerson = data["people"]!["nodes"]!.AsArray().Any(p => (string)p!["reference"]! == reference);
            Assert.True(seesPerson == data["node"] is not null, $"{persona.Handle}: sees {reference} {seesPerson}, node {data["node"]?.ToJsonString()}");
            Assert.True(seesPerson == (persona.Handle is "kw-sam" or "admin-jo" or "cs-kim" or "sg-tom" || persona.Handle == reference || alsoSeenBy.Contains(persona.Handle)), persona.Handle);
        }
    }

    internal sealed record Need(string? Id, string Area, string Description);

    internal sealed record Outcome(string Id, string Description);

    internal sealed record Risk(string Id, string Description, bool IsSignificant);

    internal sealed record Revision(string AssessmentId, Need[] Needs, Outcome[] Outcomes, Risk[] Risks, long AssessedContributionPence, long IndicativeBudgetPence);

    /// <summary>A revision of the assessment that keeps every need, outcome and risk by its ID, with a new budget.</summary>
    internal static async Task<Revision> KeepAllAsync(HttpClient staff, string assessmentId, long budget)
    {
        var a = (await staff.DataAsync("query($id: ID!) { node(id: $id) { ... on Assessment { eligibleNeeds { id area description } outcomes { id description } risks { id description isSignificant } assessedContribution { pence } } } }", new { id = assessmentId }))["node"]!;
        return new Revision(
            assessmentId,
            [.. a["eligibleNeeds"]!.AsArray().Select(n => new Need((string)n!["id"]!, (string)n["area"]!, (string)n["description"]!))],
            [.. a["outcomes"]!.AsArray().Select(o => new Outcome((string)o!["id"]!, (string)o["description"]!))],
            [.. a["risks"]!.AsArray().Select(r => new Risk((string)r!["id"]!, (string)r["description"]!, (bool)r["isSignificant"]!))],
            (long)a["assessedContribution"]!["pence"]!,
            budget);
    }

    private static async Task<string> PersonIdAsync(CarePlanApiFactory factory, string reference)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 20) { nodes { id reference } } }"))["people"]!["nodes"]!.AsArray();
        return (string)people.Single(p => (string)p!["reference"]! == reference)!["id"]!;
    }
}
