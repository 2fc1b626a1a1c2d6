using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Tests.Risks;

public class R23_RiskPanelReferralTests
{
    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.CustomerServices)]
    public void R23_the_person_or_the_council_refers_a_plan_with_significant_risks_to_the_panel(ActorRole role)
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        var actor = new Actor("referrer", "Rae Referrer", role);

        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "  I want to manage my own medication.  ", actor, scenario.Now).ShouldSucceed();

        var referral = scenario.Plan.RiskPanelReferral!;
        Assert.True(referral.IsPending);
        Assert.Equal(("I want to manage my own medication.", role, 1), (referral.Reason, referral.ReferredByRole, referral.VersionNumber));
        var referred = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.RiskPanelReferred, PlanStatus.Draft), (referred.Kind, referred.ToStatus));
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    public void R23_providers_and_planners_do_not_refer_to_the_panel(ActorRole role)
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk());

        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Risky.", new Actor("x", "X", role), scenario.Now).ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R23_the_panel_considers_only_plans_with_significant_risks()
    {
        var scenario = PlanScenario.Draft();

        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Just in case.", Actors.Person, scenario.Now).ShouldFailWith<NoSignificantRisksError>();
        Assert.Null(scenario.Plan.RiskPanelReferral);
    }

    [Fact]
    public void R23_a_pending_referral_is_not_made_twice_and_the_panels_decision_closes_it()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Medication.", Actors.Person, scenario.Now).ShouldSucceed();

        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Again.", Actors.KeyWorker, scenario.Now).ShouldFailWith<RiskPanelReferralPendingError>();
        scenario.Later(TimeSpan.FromDays(7));
        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.ManagedWithConditions, "Safe with blister packs.", "Weekly pharmacy check.", Actors.PanelMember, scenario.Now).ShouldSucceed();

        Assert.False(scenario.Plan.RiskPanelReferral!.IsPending);
        Assert.Equal(scenario.Now, scenario.Plan.RiskPanelReferral.DecidedAt);
        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "The plan changed.", Actors.KeyWorker, scenario.Now).ShouldSucceed();
    }

    [Fact]
    public void R23_R12_a_significant_risk_needs_a_favourable_panel_decision_before_agreement()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Medication.", Actors.Person, scenario.Now).ShouldSucceed();
        scenario.Submit();

        Assert.IsType<RiskPanelDecisionMissingError>(Assert.Single(scenario.Check(AgreementCheck.RisksConsidered).Errors));
        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CannotBeManagedSafely, "Too risky as written.", null, Actors.PanelMember, scenario.Now).ShouldSucceed();
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<RiskPanelDecisionUnfavourableError>();

        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CanBeManagedSafely, "Safe with daily calls.", null, Actors.PanelMember, scenario.Now).ShouldFailWith<RiskPanelReferralMissingError>();
        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Daily calls are now in the plan.", Actors.Person, scenario.Now).ShouldSucceed();
        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CanBeManagedSafely, "Safe with daily calls.", null, Actors.PanelMember, scenario.Now).ShouldSucceed();
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldSucceed();
    }

    [Fact]
    public void R23_R29_only_panel_members_record_the_panels_decision()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk());

        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CanBeManagedSafely, "Fine.", null, Actors.KeyWorker, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R23_the_panel_decides_only_on_a_referral_waiting_for_it()
    {
        var scenario = PlanScenario.Draft(new AssessmentBuilder().WithSignificantRisk()).AnswerAll().CoverEverything().MitigateAllRisks();
        var before = scenario.Plan.History.Count;

        var refused = scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CannotBeManagedSafely, " ", null, Actors.PanelMember, scenario.Now);

        Assert.Equal(["RISK_PANEL_REFERRAL_MISSING", "REQUIRED_TEXT_MISSING"], refused.Errors.Select(e => e.Code));
        Assert.Null(scenario.Plan.RiskPanelDecision);
        Assert.Equal(before, scenario.Plan.History.Count);

        scenario.Plan.ReferToRiskPanel(scenario.Assessment, "Medication.", Actors.KeyWorker, scenario.Now).ShouldSucceed();
        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CannotBeManagedSafely, "No one checks the doses.", null, Actors.PanelMember, scenario.Now).ShouldSucceed();

        // R12: the no stands, and blocks agreement, until the panel decides again on a new referral.
        scenario.Plan.RecordRiskPanelDecision(RiskPanelOutcome.CanBeManagedSafely, "Changed our minds.", null, Actors.PanelMember, scenario.Now).ShouldFailWith<RiskPanelReferralMissingError>();
        Assert.Equal(RiskPanelOutcome.CannotBeManagedSafely, scenario.Plan.RiskPanelDecision!.Outcome);
        scenario.Submit();
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<RiskPanelDecisionUnfavourableError>();
    }
}
