using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.RiskPanel;

/// <summary>R12, R23: the Risk Management Panel's "no" stops agreement, through the API and the database.</summary>
public sealed class RiskPanelRefusalTests
{
    private const string RisksConsidered = "currentVersion { agreementChecks { check passed errors { ... on Error { code } } } }";

    [Fact]
    public async Task R12_R23_a_plan_the_panel_says_cannot_be_managed_safely_fails_RISKS_CONSIDERED_and_is_not_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ravi = factory.CreateClientFor("panel-ravi");
        var planId = await SeedSubmittedPlanWithSignificantRiskAsync(factory);

        await sam.SucceedAsync("referToRiskPanel", new { planId, reason = "Ada wants to cook despite the seizures." });
        await ravi.SucceedAsync("recordPanelDecision", new { planId, outcome = "CANNOT_BE_MANAGED_SAFELY", rationale = "No one is there if a seizure happens at the hob." });

        Assert.Equal(["RISK_PANEL_DECISION_UNFAVOURABLE"], await RiskCodesAsync(sam, planId));
        Assert.Equal(["RISK_PANEL_DECISION_UNFAVOURABLE"], await sam.RefuseAsync("agreePlan", AgreementStoryTests.Agreement(planId)));
        Assert.Equal("SUBMITTED", (string)(await PlanAsync(sam, planId, "status"))["status"]!);
    }

    [Fact]
    public async Task R12_R23_the_panels_no_after_a_yes_replaces_it_and_stops_agreement()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ravi = factory.CreateClientFor("panel-ravi");
        var planId = await SeedSubmittedPlanWithSignificantRiskAsync(factory);
        await sam.SucceedAsync("referToRiskPanel", new { planId, reason = "Ada wants to cook despite the seizures." });
        await ravi.SucceedAsync("recordPanelDecision", new { planId, outcome = "CAN_BE_MANAGED_SAFELY", rationale = "A hob guard is fitted." });
        Assert.Empty(await RiskCodesAsync(sam, planId));
        Assert.Equal(["RISK_PANEL_REFERRAL_MISSING"], await ravi.RefuseAsync("recordPanelDecision", new { planId, outcome = "CANNOT_BE_MANAGED_SAFELY", rationale = "Second thoughts." }));
        await sam.SucceedAsync("referToRiskPanel", new { planId, reason = "The hob guard was removed." });

        var no = await ravi.SucceedAsync("recordPanelDecision", new { planId, outcome = "CANNOT_BE_MANAGED_SAFELY", rationale = "The hob guard was removed." }, "riskPanelDecision { outcome }");

        Assert.Equal("CANNOT_BE_MANAGED_SAFELY", (string)no["riskPanelDecision"]!["outcome"]!);
        Assert.Equal(["RISK_PANEL_DECISION_UNFAVOURABLE"], await sam.RefuseAsync("agreePlan", AgreementStoryTests.Agreement(planId)));
    }

    [Fact]
    public async Task R23_R29_the_panel_neither_sees_nor_decides_on_a_plan_never_referred_to_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ravi = factory.CreateClientFor("panel-ravi");
        var planId = await SeedSubmittedPlanWithSignificantRiskAsync(factory);

        Assert.Equal(["PLAN_NOT_FOUND"], await ravi.RefuseAsync("recordPanelDecision", new { planId, outcome = "CANNOT_BE_MANAGED_SAFELY", rationale = "Nobody asked us." }));

        Assert.Equal(["RISK_PANEL_DECISION_MISSING"], await RiskCodesAsync(sam, planId));
    }

    private static async Task<IReadOnlyList<string>> RiskCodesAsync(HttpClient client, string planId)
    {
        var checks = (await PlanAsync(client, planId, RisksConsidered))["currentVersion"]!["agreementChecks"]!.AsArray();
        Assert.True(checks.Where(c => (string)c!["check"]! != "RISKS_CONSIDERED").All(c => (bool)c!["passed"]!), "Only RISKS_CONSIDERED may fail here.");
        return checks.Single(c => (string)c!["check"]! == "RISKS_CONSIDERED")!["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToArray();
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> PlanAsync(HttpClient client, string planId, string selection) =>
        (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { " + selection + " } } }", new { id = planId }))["node"]!;

    /// <summary>
    /// A second assessment for Ada with one significant risk, and a plan against it that passes every check but the
    /// panel's, submitted.
    /// </summary>
    private static async Task<string> SeedSubmittedPlanWithSignificantRiskAsync(CarePlanApiFactory factory, bool significant = true)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var ada = await db.People.AsNoTracking().SingleAsync(p => p.Reference == "p-ada");
        var need = new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.ManagingNutrition, "Needs help to prepare a hot meal.");
        var outcome = new DesiredOutcome(Id<DesiredOutcome>.New(), "Cook for herself again.");
        var risk = new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Seizures while cooking.", isSignificant: significant);
        var assessment = new Assessment(Id<Assessment>.New(), ada.Id, new DateOnly(2026, 10, 26), new Money(9_360_00), new Money(1_040_00), [need], [outcome], [risk]);
        var person = new Actor("p-ada", "Ada Mensah", ActorRole.Person);
        var now = factory.Clock.GetUtcNow();
        var plan = CarePlan.Start(assessment, PlanPreparer.Person, person, now);
        Must(plan.UpdateAnswers(new PlanAnswers("Cooking.", "Meals.", "Cook again.", "Meals.", "Council.", "On meal support.", "I choose."), null, person, now));
        Must(plan.AddSupportItem(assessment, new SupportItemDetails("Cooking support", new Money(20_00), CostFrequency.Hourly, 5, SupportArrangement.SelfOrFamilyOrganised, null, "Ada's sister", [need.Id], [outcome.Id]), person, now));
        Must(plan.RecordRiskMitigation(assessment, risk.Id, "Her sister is there whenever the hob is on.", person, now));
        Must(plan.Submit(person, now));
        db.Assessments.Add(assessment);
        db.CarePlans.Add(plan);
        await db.SaveChangesAsync();
        return NodeId.Encode("CarePlan", plan.Id.Value);
    }

    private static void Must(Result result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Must<T>(Result<T> result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
}
