using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R12_RisksConsideredTests
{
    private static readonly IdentifiedRisk Falls = AssessmentBuilder.Falls;
    private static readonly IdentifiedRisk SelfNeglect = AssessmentBuilder.SelfNeglect;

    [Fact]
    public void R12_every_risk_mitigated_passes()
    {
        var scenario = PlanScenario.ReadyToSubmit();

        Assert.True(scenario.Check(AgreementCheck.RisksConsidered).Passed);
        var mitigation = Assert.Single(scenario.Version.RiskMitigations);
        Assert.Equal(Falls.Id, mitigation.RiskId);
        Assert.Equal(Actors.Person.Subject, mitigation.RecordedBySubject);
    }

    [Fact]
    public void R12_unmitigated_risk_blocks_agreement()
    {
        var scenario = PlanScenario.Draft().AnswerAll().CoverEverything().Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var error = result.ShouldFailWith<UnmitigatedRiskError>();
        Assert.Equal(Falls.Id, error.RiskId);
        Assert.False(error.IsSignificant);
        Assert.Equal(AgreementCheck.RisksConsidered, error.Check);
    }

    [Fact]
    public void R12_recording_a_mitigation_again_replaces_it()
    {
        var scenario = PlanScenario.ReadyToSubmit();

        var mitigation = scenario.Plan.RecordRiskMitigation(scenario.Assessment, Falls.Id, "  Pendant alarm and a night light  ", Actors.Planner, Clock.Now).ShouldSucceed();

        Assert.Same(mitigation, Assert.Single(scenario.Version.RiskMitigations));
        Assert.Equal("Pendant alarm and a night light", mitigation.Mitigation);
        Assert.Equal(Actors.Planner.Name, mitigation.RecordedByName);
    }

    [Fact]
    public void R12_mitigation_for_a_risk_not_in_the_assessment_or_blank_is_refused()
    {
        var scenario = PlanScenario.Draft();

        var unknown = scenario.Plan.RecordRiskMitigation(scenario.Assessment, Id<IdentifiedRisk>.New(), "Something", Actors.Person, Clock.Now).ToResult();
        var blank = scenario.Plan.RecordRiskMitigation(scenario.Assessment, Falls.Id, " ", Actors.Person, Clock.Now).ToResult();

        unknown.ShouldFailWith<UnknownRiskError>();
        Assert.Equal("mitigation", blank.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Empty(scenario.Version.RiskMitigations);
    }

    [Fact]
    public void R12_significant_risk_without_a_panel_decision_blocks_agreement()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks().Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var error = result.ShouldFailWith<RiskPanelDecisionMissingError>();
        Assert.Equal(SelfNeglect.Id, error.RiskId);
        Assert.DoesNotContain(result.Errors, e => e is UnmitigatedRiskError);
    }

    [Theory]
    [InlineData(RiskPanelOutcome.CanBeManagedSafely, null)]
    [InlineData(RiskPanelOutcome.ManagedWithConditions, "Daily call from the pharmacy")]
    public void R12_significant_risk_with_a_favourable_panel_decision_passes(RiskPanelOutcome outcome, string? conditions)
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();

        scenario.PanelDecides(outcome, "Ada understands the risk and agrees the plan", conditions, Clock.Now).ShouldSucceed();

        Assert.True(scenario.Check(AgreementCheck.RisksConsidered).Passed);
        var decision = scenario.Plan.RiskPanelDecision!;
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(conditions, decision.Conditions);
        Assert.Equal(Actors.PanelMember.Name, decision.DecidedByName);
        Assert.Equal(1, decision.VersionNumber);
        scenario.Submit().Agree();
    }

    [Fact]
    public void R12_panel_deciding_the_risk_cannot_be_managed_safely_blocks_agreement()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        scenario.PanelDecides(RiskPanelOutcome.CannotBeManagedSafely, "No one visits in the evening", null, Clock.Now).ShouldSucceed();
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        Assert.Equal(RiskPanelOutcome.CannotBeManagedSafely, result.ShouldFailWith<RiskPanelDecisionUnfavourableError>().Outcome);
    }

    [Fact]
    public void R12_a_later_panel_decision_replaces_the_earlier_one_and_both_are_in_history()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        scenario.PanelDecides(RiskPanelOutcome.CannotBeManagedSafely, "No evening cover", null, Clock.Now).ShouldSucceed();

        scenario.PanelDecides(RiskPanelOutcome.CanBeManagedSafely, "Evening calls added", null, Clock.Now.AddDays(7)).ShouldSucceed();

        Assert.True(scenario.Plan.RiskPanelDecision!.IsFavourable);
        Assert.Equal(2, scenario.Plan.History.Count(e => e.Kind == PlanEventKind.RiskPanelDecisionRecorded));
        Assert.Equal(PlanStatus.Draft, scenario.Plan.Status);
    }

    [Theory]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Administrator)]
    [InlineData(ActorRole.Person)]
    public void R12_only_a_panel_member_records_the_panel_decision(ActorRole role)
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk());

        var result = scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CanBeManagedSafely, "Fine", null, new Actor("x", "X", role), Clock.Now);

        Assert.Equal(role, result.ShouldFailWith<ActorNotPermittedError>().Role);
        Assert.Null(scenario.Plan.RiskPanelDecision);
    }

    [Fact]
    public void R12_panel_decision_needs_a_rationale_and_conditions_when_it_sets_them()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk());

        var result = scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.ManagedWithConditions, " ", "  ", Actors.PanelMember, Clock.Now);

        Assert.Equal(["rationale", "conditions"], result.Errors.OfType<RequiredTextMissingError>().Select(e => e.Field));
    }
}
