using System.Text.Json.Nodes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary><c>PlanVersion.agreementChecks</c>: the live evaluation of R08–R14, the same failures <c>agreePlan</c> refuses with.</summary>
public sealed class AgreementCheckTests
{
    private const string Failures = """
        __typename
        ... on Error { code message }
        ... on UnansweredQuestionError { check questionNumber question }
        ... on OverBudgetError { check overBy { formatted } }
        ... on NoSupportItemsError { check }
        ... on UnarrangedItemError { check item { description } arrangementMissing providerMissing }
        ... on UnmetNeedError { check need { description } }
        ... on UnmetOutcomeError { check outcome { description } }
        ... on UnmitigatedRiskError { check risk { description isSignificant } }
        ... on RiskPanelDecisionMissingError { check risk { description } }
        ... on BestInterestsNotConfirmedError { check preparedBy }
        ... on OwnDecisionsNotConfirmedError { check preparedBy helpers }
        ... on UnlawfulDirectPaymentError { check relationship }
        """;

    [Fact]
    public async Task R08_to_R14_the_person_sees_before_submitting_exactly_the_failures_the_officer_would_be_refused_with()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();

        var checks = (await ada.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on CarePlan {{ currentVersion {{ agreementChecks {{ check passed errors {{ {Failures} }} }} }} }} }} }}", new { id = planId }))
            ["node"]!["currentVersion"]!["agreementChecks"]!.AsArray();
        Snapshot.Match(JToken.Parse(checks.ToJsonString()), SnapshotNameExtension.Create("AdasDraft"));
        Assert.Equal(["COMPLETE", "AFFORDABLE", "ARRANGED", "EFFECTIVE", "RISKS_CONSIDERED", "OWN_DECISIONS", "LAWFUL"], checks.Select(c => (string)c!["check"]!));
        Assert.Equal([false, true, true, false, false, false, true], checks.Select(c => (bool)c!["passed"]!));

        await ada.SucceedAsync("submitPlan", new { planId });
        var refusal = await sam.MutateAsync("agreePlan", AgreementStoryTests.Agreement(planId), $"plan {{ id }} errors {{ {Failures} }}");

        var expected = checks.SelectMany(c => c!["errors"]!.AsArray()).Select(e => e!.ToJsonString());
        Assert.Equal(expected, refusal["errors"]!.AsArray().Select(e => e!.ToJsonString()));
    }

    [Fact]
    public async Task R10_R12_an_empty_plan_with_a_significant_risk_lists_every_reason_including_the_missing_panel_decision()
    {
        using var factory = new CarePlanApiFactory();
        var assessmentId = await AddAssessmentWithSignificantRiskAsync(factory);
        using var ben = factory.CreateClientFor("p-ben");
        var started = await ben.SucceedAsync("startPlan", new { assessmentId = Api.Graph.Relay.NodeId.Encode("Assessment", assessmentId.Value), preparedBy = "FAMILY_OR_FRIEND" },
            $"plan {{ currentVersion {{ agreementChecks {{ check passed errors {{ {Failures} }} }} }} }}");

        var checks = started["plan"]!["currentVersion"]!["agreementChecks"]!.AsArray();
        Assert.Equal(7, Codes(checks, "COMPLETE").Count);
        Assert.Equal(["NO_SUPPORT_ITEMS"], Codes(checks, "ARRANGED"));
        Assert.Equal(["UNMET_NEED", "UNMET_OUTCOME"], Codes(checks, "EFFECTIVE"));
        Assert.Equal(["UNMITIGATED_RISK", "RISK_PANEL_DECISION_MISSING"], Codes(checks, "RISKS_CONSIDERED"));
        Assert.Equal(["BEST_INTERESTS_NOT_CONFIRMED", "OWN_DECISIONS_NOT_CONFIRMED"], Codes(checks, "OWN_DECISIONS"));
        var panel = checks.Single(c => (string)c!["check"]! == "RISKS_CONSIDERED")!["errors"]![1]!;
        Assert.Equal("Leaves the gas on when alone.", (string)panel["risk"]!["description"]!);
    }

    [Fact]
    public async Task Checks_follow_the_draft_as_it_is_edited()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        var plan = await lee.PlanOfAsync("p-ada");

        var payload = await lee.SucceedAsync("recordRiskMitigation", new { planId = plan.Id(), riskId = plan.PartId("risks", "Falls"), mitigation = "A stair rail." },
            "version { agreementChecks { check passed } }");

        Assert.True((bool)payload["version"]!["agreementChecks"]!.AsArray().Single(c => (string)c!["check"]! == "RISKS_CONSIDERED")!["passed"]!);
    }

    private static List<string> Codes(JsonArray checks, string check) =>
        checks.Single(c => (string)c!["check"]! == check)!["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToList();

    private static async Task<Id<Assessment>> AddAssessmentWithSignificantRiskAsync(CarePlanApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var ben = await db.People.SingleAsync(p => p.Reference == "p-ben");
        var assessment = new Assessment(
            Id<Assessment>.New(),
            ben.Id,
            new DateOnly(2026, 10, 30),
            Money.FromPounds(8_000),
            Money.Zero,
            [new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.UsingTheHomeSafely, "Needs support to use the kitchen safely.")],
            [new DesiredOutcome(Id<DesiredOutcome>.New(), "Cook for myself again.")],
            [new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Leaves the gas on when alone.", isSignificant: true)]);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }
}
