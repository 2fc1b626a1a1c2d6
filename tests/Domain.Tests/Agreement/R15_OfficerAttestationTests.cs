using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R15_OfficerAttestationTests
{
    [Fact]
    public void R15_agreement_records_the_officers_judgements_name_time_and_rationale()
    {
        var scenario = PlanScenario.SubmittedPlan().Later(TimeSpan.FromDays(2)).Agree();

        var decision = Assert.Single(scenario.Version.Decisions);
        Assert.Equal(DecisionOutcome.Agreed, decision.Outcome);
        Assert.True(decision.IsLawfulAndSensible);
        Assert.True(decision.KeepsPersonHealthySafeAndWell);
        Assert.True(decision.IsResponsiblyManaged);
        Assert.Equal(PlanScenario.GoodAttestation.Rationale, decision.Rationale);
        Assert.Equal(Actors.KeyWorker.Name, decision.DecidedByName);
        Assert.Equal(Actors.KeyWorker.Subject, decision.DecidedBySubject);
        Assert.Equal(ActorRole.KeyWorker, decision.DecidedByRole);
        Assert.Equal(Clock.Now.AddDays(2), decision.DecidedAt);
        Assert.Equal(Clock.Now.AddDays(2), scenario.Version.AgreedAt);
        Assert.Equal(scenario.Version.EditRevision, decision.VersionRevision);
        Assert.Same(decision, scenario.Version.LatestDecision);
    }

    [Theory]
    [InlineData(false, true, true, OfficerAttestation.LawfulAndSensible)]
    [InlineData(true, false, true, OfficerAttestation.KeepsPersonHealthySafeAndWell)]
    [InlineData(true, true, false, OfficerAttestation.ResponsiblyManaged)]
    public void R15_each_judgement_must_be_attested(bool lawful, bool safe, bool managed, OfficerAttestation missing)
    {
        var scenario = PlanScenario.SubmittedPlan();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation with
        {
            IsLawfulAndSensible = lawful,
            KeepsPersonHealthySafeAndWell = safe,
            IsResponsiblyManaged = managed,
        });

        Assert.Equal(missing, result.ShouldFailWith<AttestationNotGivenError>().Attestation);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
    }

    [Fact]
    public void R15_a_rationale_is_required()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation with { Rationale = "   " });

        Assert.Equal("rationale", result.ShouldFailWith<RequiredTextMissingError>().Field);
    }

    [Fact]
    public void R15_the_officer_who_started_the_plan_cannot_agree_it()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.KeyWorker, author: Actors.KeyWorker)
            .AnswerAll(Actors.KeyWorker).CoverEverything().MitigateAllRisks();
        scenario.Plan.ConfirmBestInterests("Written with Ada at her kitchen table, as she wished.", Actors.OtherKeyWorker, Clock.Now).ShouldSucceed();
        scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Submit(Actors.KeyWorker);

        var refused = scenario.AgreeWith(PlanScenario.GoodAttestation, Actors.KeyWorker);

        var error = refused.ShouldFailWith<OfficerIsAuthorError>();
        Assert.Equal(Actors.KeyWorker.Subject, error.OfficerSubject);
        Assert.Single(refused.Errors);
        scenario.Agree(Actors.OtherKeyWorker);
    }

    [Fact]
    public void R15_an_officer_who_changed_the_plans_content_cannot_agree_it()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Plan.RecordRiskMitigation(scenario.Assessment, scenario.Assessment.Risks[0].Id, "Sensor mat by the bed", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        scenario.Submit();

        scenario.AgreeWith(PlanScenario.GoodAttestation, Actors.KeyWorker).ShouldFailWith<OfficerIsAuthorError>();
        scenario.AgreeWith(PlanScenario.GoodAttestation, Actors.Administrator).ShouldSucceed();
    }

    [Theory]
    [InlineData(ActorRole.CustomerServices)]
    [InlineData(ActorRole.RiskPanelMember)]
    [InlineData(ActorRole.Safeguarding)]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.System)]
    public void R15_R29_only_a_key_worker_or_administrator_agrees_or_declines(ActorRole role)
    {
        var scenario = PlanScenario.SubmittedPlan();
        var actor = new Actor("someone", "Someone", role);

        var agree = scenario.AgreeWith(PlanScenario.GoodAttestation, actor);
        var decline = scenario.Plan.Decline(PlanScenario.GoodDecline, actor, Clock.Now);

        Assert.Equal(role, agree.ShouldFailWith<NotAssessingOfficerError>().Role);
        decline.ShouldFailWith<NotAssessingOfficerError>();
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
        Assert.Empty(scenario.Version.Decisions);
    }

    [Theory]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Administrator)]
    public void R15_R29_a_key_worker_or_administrator_acting_as_assessing_officer_may_agree(ActorRole role)
    {
        Assert.True(role.CanDecidePlans());
        Assert.True(role.IsCouncilRole());

        PlanScenario.SubmittedPlan().AgreeWith(PlanScenario.GoodAttestation, new Actor("officer", "Officer", role)).ShouldSucceed();
    }
}
