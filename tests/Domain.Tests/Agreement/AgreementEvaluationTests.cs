using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class AgreementEvaluationTests
{
    [Fact]
    public void Evaluation_returns_a_result_for_every_check_in_order()
    {
        var evaluation = PlanScenario.ReadyToSubmit().Evaluate();

        Assert.Equal(Enum.GetValues<AgreementCheck>(), evaluation.Checks.Select(c => c.Check));
        Assert.All(evaluation.Checks, c => Assert.True(c.Passed, ResultAssertions.Describe(c.Errors)));
        Assert.True(evaluation.AllPassed);
        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void Evaluation_of_an_empty_draft_lists_every_failing_check_with_every_reason()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk(), PlanPreparer.FamilyOrFriend, Actors.FamilyHelper);

        var evaluation = scenario.Evaluate();

        Assert.False(evaluation.AllPassed);
        Assert.Equal(7, evaluation.Result(AgreementCheck.Complete).Errors.Count);
        Assert.True(evaluation.Result(AgreementCheck.Affordable).Passed);
        Assert.IsType<NoSupportItemsError>(Assert.Single(evaluation.Result(AgreementCheck.Arranged).Errors));
        Assert.Equal(4, evaluation.Result(AgreementCheck.Effective).Errors.Count);
        Assert.Equal(
            ["UNMITIGATED_RISK", "UNMITIGATED_RISK", "RISK_PANEL_DECISION_MISSING"],
            evaluation.Result(AgreementCheck.RisksConsidered).Errors.Select(e => e.Code));
        Assert.Equal(2, evaluation.Result(AgreementCheck.OwnDecisions).Errors.Count);
        Assert.True(evaluation.Result(AgreementCheck.Lawful).Passed);
        Assert.Equal(17, evaluation.Errors.Count);
    }

    [Fact]
    public void R09_agreement_refusal_lists_all_failing_checks_not_just_the_first()
    {
        var scenario = PlanScenario.Draft().Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var checks = result.Errors.OfType<AgreementCheckError>().Select(e => e.Check).Distinct();
        Assert.Equal([AgreementCheck.Complete, AgreementCheck.Arranged, AgreementCheck.Effective, AgreementCheck.RisksConsidered], checks);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
        Assert.Equal(PlanStatus.Submitted, scenario.Plan.Status);
    }

    [Fact]
    public void Evaluation_can_look_at_any_version_of_the_plan()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        scenario.Plan.RemoveSupportItem(scenario.Version.SupportItems[0].Id, Actors.Person, Clock.Now).ShouldSucceed();

        Assert.True(scenario.Plan.EvaluateAgreement(scenario.Assessment, scenario.Plan.AgreedVersion!).AllPassed);
        Assert.False(scenario.Evaluate().AllPassed);
    }

    [Fact]
    public void Evaluating_another_plans_version_is_a_programmer_error()
    {
        var one = PlanScenario.Draft();
        var other = PlanScenario.Draft();

        Assert.Throws<ArgumentException>(() => one.Plan.EvaluateAgreement(one.Assessment, other.Version));
    }
}
