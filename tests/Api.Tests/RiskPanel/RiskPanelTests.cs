using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.RiskPanel;

/// <summary>R23 (and R12, R29): referring a plan with significant risks to the Risk Management Panel, and the panel's decision.</summary>
public sealed class RiskPanelTests
{
    private const string Referral = "riskPanelReferral { pending reason referredByRole decidedAt } plan { riskPanelDecision { outcome } }";

    [Fact]
    public async Task R23_R12_the_person_refers_a_plan_with_a_significant_risk_and_the_panels_decision_lets_it_be_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        using var sam = factory.CreateClientFor("kw-sam");
        using var ravi = factory.CreateClientFor("panel-ravi");
        var planId = await SeedPlanWithSignificantRiskAsync(factory);
        const string Risks = "currentVersion { agreementChecks { check errors { ... on Error { code } } } }";
        Assert.Contains("RISK_PANEL_DECISION_MISSING", await RiskCodesAsync(ada, planId, Risks));

        var referred = await ada.SucceedAsync("referToRiskPanel", new { planId, reason = "I want to keep cooking for myself despite the seizures." }, Referral);

        Assert.Equal((true, "PERSON"), ((bool)referred["riskPanelReferral"]!["pending"]!, (string)referred["riskPanelReferral"]!["referredByRole"]!));
        Assert.Equal(["RISK_PANEL_REFERRAL_PENDING"], await sam.RefuseAsync("referToRiskPanel", new { planId, reason = "Again." }));
        var queue = (await ravi.DataAsync("{ riskPanelQueue(first: 5) { totalCount nodes { id riskPanelReferral { reason } } } }"))["riskPanelQueue"]!;
        Assert.Equal(planId, (string)Assert.Single(queue["nodes"]!.AsArray())!["id"]!);
        const string Filtered = "query($where: RiskPanelQueueFilterInput) { riskPanelQueue(where: $where, order: [{ referredAt: DESC }]) { totalCount } }";
        Assert.Equal(1, (int)(await ravi.DataAsync(Filtered, new { where = new { referredAt = new { lte = "2099-01-01T00:00:00Z" } } }))["riskPanelQueue"]!["totalCount"]!);
        Assert.Equal(0, (int)(await ravi.DataAsync(Filtered, new { where = new { referredAt = new { gt = "2099-01-01T00:00:00Z" } } }))["riskPanelQueue"]!["totalCount"]!);

        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("recordPanelDecision", new { planId, outcome = "CAN_BE_MANAGED_SAFELY", rationale = "Fine." }));
        Assert.Equal(["REQUIRED_TEXT_MISSING"], await ravi.RefuseAsync("recordPanelDecision", new { planId, outcome = "MANAGED_WITH_CONDITIONS", rationale = "Safe with a hob guard." }));
        var decided = await ravi.SucceedAsync("recordPanelDecision",
            new { planId, outcome = "MANAGED_WITH_CONDITIONS", rationale = "Safe with a hob guard.", conditions = "An automatic hob shut-off is fitted." },
            "riskPanelDecision { outcome conditions decidedByName } plan { riskPanelReferral { pending } }");

        Assert.Equal(("MANAGED_WITH_CONDITIONS", "Ravi Shah"), ((string)decided["riskPanelDecision"]!["outcome"]!, (string)decided["riskPanelDecision"]!["decidedByName"]!));
        Assert.False((bool)decided["plan"]!["riskPanelReferral"]!["pending"]!);
        Assert.DoesNotContain("RISK_PANEL_DECISION_MISSING", await RiskCodesAsync(ada, planId, Risks));
        Assert.Equal(0, (int)(await ravi.DataAsync("{ riskPanelQueue(first: 5) { totalCount } }"))["riskPanelQueue"]!["totalCount"]!);
    }

    [Fact]
    public async Task R23_R29_providers_and_planners_do_not_refer_and_plans_without_significant_risks_are_not_considered()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var lee = factory.CreateClientFor("sp-lee");
        var cleoPlan = await factory.PlanIdAsync("p-cleo");

        Assert.Equal(["NO_SIGNIFICANT_RISKS"], await cleo.RefuseAsync("referToRiskPanel", new { planId = cleoPlan, reason = "Please look at my plan." }));
        Assert.Equal("AUTH_FORBIDDEN", await sunrise.ForbiddenAsync("referToRiskPanel", new { planId = cleoPlan, reason = "Risky." }));
        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("referToRiskPanel", new { planId = await factory.PlanIdAsync("p-ada"), reason = "Risky." }));
        Assert.Equal("AUTH_FORBIDDEN", await cleo.ForbiddenAsync("recordPanelDecision", new { planId = cleoPlan, outcome = "CAN_BE_MANAGED_SAFELY", rationale = "I say so." }));
    }

    [Fact]
    public async Task R23_R35_the_panel_sees_only_plans_referred_to_it_and_their_people_on_every_path()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        using var ravi = factory.CreateClientFor("panel-ravi");
        var planId = await SeedPlanWithSignificantRiskAsync(factory);
        var adasDraft = await factory.PlanIdAsync("p-ada");
        var cleosPlan = await factory.PlanIdAsync("p-cleo");
        const string Lists = "query($ids: [ID!]!) { plans(first: 20) { totalCount nodes { id } } people(first: 20) { totalCount nodes { reference plans { id } assessments { id } } } nodes(ids: $ids) { id } }";

        // Before any referral: nothing at all, by list, by person or by ID.
        var before = await ravi.DataAsync(Lists, new { ids = new[] { planId, adasDraft, cleosPlan } });
        Assert.Equal((0, 0), ((int)before["plans"]!["totalCount"]!, (int)before["people"]!["totalCount"]!));
        Assert.All(before["nodes"]!.AsArray(), Assert.Null);
        Assert.Equal("PLAN_NOT_FOUND", Assert.Single(await ravi.RefuseAsync("recordPanelDecision", new { planId, outcome = "CAN_BE_MANAGED_SAFELY", rationale = "Fine." })));

        await ada.SucceedAsync("referToRiskPanel", new { planId, reason = "I want to keep cooking for myself despite the seizures." }, "__typename");

        // Referred: that plan, Ada and her assessments; not Ada's other plan, nor anyone else's.
        var after = await ravi.DataAsync(Lists, new { ids = new[] { planId, adasDraft, cleosPlan } });
        Assert.Equal(planId, (string)Assert.Single(after["plans"]!["nodes"]!.AsArray())!["id"]!);
        var person = Assert.Single(after["people"]!["nodes"]!.AsArray())!;
        Assert.Equal("p-ada", (string)person["reference"]!);
        Assert.Equal(planId, (string)Assert.Single(person["plans"]!.AsArray())!["id"]!);
        Assert.NotEmpty(person["assessments"]!.AsArray());
        var nodes = after["nodes"]!.AsArray();
        Assert.Equal(planId, (string)nodes[0]!["id"]!);
        Assert.Null(nodes[1]);
        Assert.Null(nodes[2]);
        Assert.Equal(planId, (string)(await ravi.PlanAsync(planId, "id"))["id"]!);
        var forbidden = Assert.Single((await ravi.PostAsync("mutation($input: StartReviewInput!) { startReview(input: $input) { __typename } }", new { input = new { planId } }))["errors"]!.AsArray())!;
        Assert.Equal("As a member of the Risk Management Panel, you may not conduct a review of this plan.", (string)forbidden["message"]!);

        // Decided: still seen, so the panel can find what it decided.
        await ravi.SucceedAsync("recordPanelDecision", new { planId, outcome = "CAN_BE_MANAGED_SAFELY", rationale = "A hob guard is fitted." }, "__typename");
        Assert.Equal(1, (int)(await ravi.DataAsync("{ plans(first: 5) { totalCount } }"))["plans"]!["totalCount"]!);
    }

    private static async Task<IReadOnlyList<string>> RiskCodesAsync(HttpClient client, string planId, string selection)
    {
        var checks = (await client.PlanAsync(planId, selection))["currentVersion"]!["agreementChecks"]!.AsArray();
        return checks.Single(c => (string)c!["check"]! == "RISKS_CONSIDERED")!["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToArray();
    }

    /// <summary>The demo data has no significant risks: a second assessment for Ada with one, and a plan started against it.</summary>
    private static async Task<string> SeedPlanWithSignificantRiskAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var ada = await db.People.AsNoTracking().SingleAsync(p => p.Reference == "p-ada");
        var assessment = new Assessment(
            Id<Assessment>.New(),
            ada.Id,
            new DateOnly(2026, 10, 26),
            new Money(9_360_00),
            new Money(1_040_00),
            [new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.ManagingNutrition, "Needs help to prepare a hot meal.")],
            [new DesiredOutcome(Id<DesiredOutcome>.New(), "Cook for herself again.")],
            [new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Seizures while cooking.", isSignificant: true)]);
        var plan = CarePlan.Start(assessment, PlanPreparer.Person, new Actor("p-ada", "Ada Mensah", ActorRole.Person), factory.Clock.GetUtcNow());
        db.Assessments.Add(assessment);
        db.CarePlans.Add(plan);
        await db.SaveChangesAsync();
        return NodeId.Encode("CarePlan", plan.Id.Value);
    }
}
