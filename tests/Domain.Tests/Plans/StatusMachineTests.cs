using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class StatusMachineTests
{
    [Fact]
    public void R07_every_transition_is_an_event_with_who_when_from_to_and_why()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Later(TimeSpan.FromHours(1)).Submit();
        scenario.Later(TimeSpan.FromHours(1)).Decline();
        scenario.Later(TimeSpan.FromHours(1)).Submit();
        scenario.Later(TimeSpan.FromHours(1)).Agree();
        scenario.Later(TimeSpan.FromHours(1)).PutInPlace();
        scenario.Plan.EndPlan("Ada moved to her daughter's in Leeds.", Actors.KeyWorker, Clock.Now.AddDays(30)).ShouldSucceed();

        var history = scenario.Plan.History.Select(e => (e.Kind, e.FromStatus, e.ToStatus)).ToArray();

        Assert.Equal(
        [
            (PlanEventKind.Started, PlanStatus.Draft, PlanStatus.Draft),
            (PlanEventKind.Submitted, PlanStatus.Draft, PlanStatus.Submitted),
            (PlanEventKind.Declined, PlanStatus.Submitted, PlanStatus.ChangesRequired),
            (PlanEventKind.PersonNotified, PlanStatus.ChangesRequired, PlanStatus.ChangesRequired),
            (PlanEventKind.Submitted, PlanStatus.ChangesRequired, PlanStatus.Submitted),
            (PlanEventKind.Agreed, PlanStatus.Submitted, PlanStatus.Agreed),
            (PlanEventKind.PersonNotified, PlanStatus.Agreed, PlanStatus.Agreed),
            (PlanEventKind.SupportInPlace, PlanStatus.Agreed, PlanStatus.Active),
            (PlanEventKind.Ended, PlanStatus.Active, PlanStatus.Ended),
        ],
            history);
        Assert.All(scenario.Plan.History, e => Assert.Equal(scenario.Plan.Id, e.PlanId));
        Assert.Equal(Actors.Person.Subject, scenario.Plan.History[1].ActorSubject);
        Assert.Equal(ActorRole.KeyWorker, scenario.Plan.History[2].ActorRole);
        Assert.Equal(Actors.KeyWorker.Name, scenario.Plan.History[5].ActorName);
        Assert.Equal(Clock.Now.AddHours(4), scenario.Plan.History[5].OccurredAt);
        Assert.Equal("Ada moved to her daughter's in Leeds.", scenario.Plan.History[^1].Reason);
        Assert.Equal(PlanStatus.Ended, scenario.Plan.Status);
    }

    [Fact]
    public void Submitting_twice_is_refused()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var error = scenario.Plan.Submit(Actors.Person, Clock.Now).ShouldFailWith<InvalidTransitionError>();

        Assert.Equal(PlanStatus.Submitted, error.From);
        Assert.Equal(VersionStatus.Submitted, error.VersionStatus);
        Assert.Equal("INVALID_TRANSITION", error.Code);
    }

    [Fact]
    public void Agreeing_or_declining_a_draft_is_refused()
    {
        var scenario = PlanScenario.ReadyToSubmit();

        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<InvalidTransitionError>();
        scenario.Plan.Decline(PlanScenario.GoodDecline, Actors.KeyWorker, Clock.Now).ShouldFailWith<InvalidTransitionError>();

        Assert.Equal(PlanStatus.Draft, scenario.Plan.Status);
        Assert.Single(scenario.Plan.History);
    }

    [Fact]
    public void Agreeing_an_agreed_plan_again_is_refused()
    {
        var scenario = PlanScenario.AgreedPlan();

        scenario.AgreeWith(PlanScenario.GoodAttestation, Actors.OtherKeyWorker).ShouldFailWith<InvalidTransitionError>();
        scenario.Plan.Submit(Actors.Person, Clock.Now).ShouldFailWith<InvalidTransitionError>();
    }

    [Fact]
    public void Starting_a_revision_before_anything_is_agreed_is_refused()
    {
        var scenario = PlanScenario.SubmittedPlan();

        scenario.Plan.StartRevision(PlanPreparer.Person, Actors.Person, Clock.Now).ToResult().ShouldFailWith<InvalidTransitionError>();

        Assert.Single(scenario.Plan.Versions);
    }

    [Fact]
    public void Ending_withdraws_the_version_being_worked_on_and_keeps_the_agreed_one()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        var agreed = scenario.Plan.AgreedVersion!;

        scenario.Plan.EndPlan("No longer has eligible needs.", Actors.KeyWorker, Clock.Now).ShouldSucceed();

        Assert.Equal(VersionStatus.Withdrawn, scenario.Plan.Versions[^1].Status);
        Assert.Same(agreed, scenario.Plan.AgreedVersion);

        // A withdrawn revision is no longer the current version: the one in force is (R18).
        Assert.Same(agreed, scenario.Plan.CurrentVersion);
        Assert.Equal(PlanStatus.Ended, scenario.Plan.Status);
    }

    [Fact]
    public void An_ended_plan_refuses_every_change()
    {
        var scenario = PlanScenario.SubmittedPlan();
        scenario.Plan.EndPlan("The person has died.", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        var before = scenario.Plan.History.Count;

        scenario.Plan.EndPlan("Again", Actors.KeyWorker, Clock.Now).ShouldFailWith<InvalidTransitionError>();
        scenario.Plan.Submit(Actors.Person, Clock.Now).ShouldFailWith<InvalidTransitionError>();
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<InvalidTransitionError>();
        scenario.Plan.UpdateAnswers(PlanAnswers.Empty, null, Actors.Person, Clock.Now).ShouldFailWith<VersionNotEditableError>();
        scenario.Plan.MarkSupportInPlace(Clock.Today, null, Actors.KeyWorker, Clock.Now).ShouldFailWith<InvalidTransitionError>();
        scenario.Plan.RecordRiskPanelDecision(CarePlanGraph.Domain.Risks.RiskPanelOutcome.CanBeManagedSafely, "ok", null, Actors.PanelMember, Clock.Now)
            .ShouldFailWith<InvalidTransitionError>();

        Assert.Equal(before, scenario.Plan.History.Count);
    }

    [Fact]
    public void Only_council_staff_end_a_plan_and_they_say_why()
    {
        var scenario = PlanScenario.ActivePlan();

        scenario.Plan.EndPlan("Moving away", Actors.Person, Clock.Now).ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal("reason", scenario.Plan.EndPlan("  ", Actors.KeyWorker, Clock.Now).ShouldFailWith<RequiredTextMissingError>().Field);

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void A_refused_command_records_no_event()
    {
        var scenario = PlanScenario.SubmittedPlan();
        var before = scenario.Plan.History.Count;

        scenario.AgreeWith(PlanScenario.GoodAttestation with { Rationale = "" });

        Assert.Equal(before, scenario.Plan.History.Count);
        Assert.Empty(scenario.Version.Decisions);
    }
}
