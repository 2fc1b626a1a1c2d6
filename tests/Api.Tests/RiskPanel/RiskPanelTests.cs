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
