using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Tests.Agreement;

/// <summary>R12, R23: the Risk Management Panel's "no" stops agreement until the panel decides again.</summary>
public class R12_PanelRefusalTests
{
    [Fact]
    public void R12_R23_the_panels_no_fails_RISKS_CONSIDERED_however_well_the_risks_are_mitigated()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();

        scenario.PanelDecides(RiskPanelOutcome.CannotBeManagedSafely, "Nobody checks on Ada overnight.", null, Clock.Now).ShouldSucceed();

        var check = scenario.Check(AgreementCheck.RisksConsidered);
        Assert.False(check.Passed);
        Assert.Equal(RiskPanelOutcome.CannotBeManagedSafely, Assert.IsType<RiskPanelDecisionUnfavourableError>(Assert.Single(check.Errors)).Outcome);
        scenario.Submit();
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<RiskPanelDecisionUnfavourableError>();
        Assert.Equal(PlanStatus.Submitted, scenario.Plan.Status);
    }

    [Fact]
    public void R12_R23_a_later_favourable_decision_lifts_the_panels_no()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        scenario.PanelDecides(RiskPanelOutcome.CannotBeManagedSafely, "Nobody checks on Ada overnight.", null, Clock.Now).ShouldSucceed();
        scenario.PanelDecides(RiskPanelOutcome.CanBeManagedSafely, "A night sitter is now in the plan.", null, Clock.Now).ShouldSucceed();

        Assert.True(scenario.Check(AgreementCheck.RisksConsidered).Passed);
        scenario.Submit().Agree();
    }
}
