using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R17_DeclineTests
{
    [Fact]
    public void R17_decline_records_reasons_and_what_must_change_and_sends_the_plan_back()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        Assert.Equal(PlanStatus.ChangesRequired, scenario.Plan.Status);
        Assert.Equal(VersionStatus.ChangesRequired, scenario.Version.Status);
        Assert.True(scenario.Version.IsEditable);
        var decision = Assert.Single(scenario.Version.Decisions);
        Assert.Equal(DecisionOutcome.ChangesRequired, decision.Outcome);
        Assert.Equal(PlanScenario.GoodDecline.Reasons, decision.Rationale);
        Assert.Equal(["Add support for the evening meal"], decision.RequiredChanges);
        Assert.False(decision.ReviewAssessmentRequested);
        Assert.False(decision.IsLawfulAndSensible);
        Assert.Equal(Actors.KeyWorker.Name, decision.DecidedByName);
        Assert.Null(scenario.Plan.AgreedVersion);
    }

    [Fact]
    public void R17_the_person_is_told_at_once()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        var declined = scenario.Plan.History[^2];
        var told = scenario.Plan.History[^1];

        Assert.Equal(PlanEventKind.Declined, declined.Kind);
        Assert.Equal(PlanScenario.GoodDecline.Reasons, declined.Reason);
        Assert.Equal(PlanEventKind.PersonNotified, told.Kind);
        Assert.Equal(declined.OccurredAt, told.OccurredAt);
        Assert.Contains("Add support for the evening meal", told.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R17_decline_needs_reasons_and_at_least_one_change()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var result = scenario.Plan.Decline(PlanScenario.GoodDecline with { Reasons = "  ", RequiredChanges = [" ", ""] }, Actors.KeyWorker, Clock.Now);

        Assert.Equal(["reasons", "requiredChanges"], result.Errors.OfType<RequiredTextMissingError>().Select(e => e.Field));
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
        Assert.Equal(PlanStatus.Submitted, scenario.Plan.Status);
    }

    [Fact]
    public void R17_an_unclear_plan_may_instead_send_the_assessment_for_review()
    {
        var scenario = PlanScenario.SubmittedPlan();

        scenario.Plan.Decline(new DeclineDetails("The plan is unclear about mornings.", [], "Carers' centre details", ReviewAssessmentRequested: true), Actors.KeyWorker, Clock.Now).ShouldSucceed();

        Assert.True(scenario.Version.LatestDecision!.ReviewAssessmentRequested);
        Assert.Empty(scenario.Version.LatestDecision.RequiredChanges);
        Assert.Contains("assessment to be reviewed", scenario.Plan.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R17_a_declined_plan_can_be_changed_resubmitted_and_agreed()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();
        scenario.Add(Items.Extra(Money.FromPounds(100)) with { Description = "Evening meal delivery" });

        scenario.Later(TimeSpan.FromDays(3)).Submit().Agree();

        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        Assert.Equal([DecisionOutcome.ChangesRequired, DecisionOutcome.Agreed], scenario.Version.Decisions.Select(d => d.Outcome));
        Assert.Equal(DecisionOutcome.Agreed, scenario.Version.LatestDecision!.Outcome);
    }

    [Fact]
    public void R17_only_a_submitted_plan_can_be_declined()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.Decline(PlanScenario.GoodDecline, Actors.KeyWorker, Clock.Now);

        result.ShouldFailWith<InvalidTransitionError>();
        Assert.Equal(PlanStatus.Draft, scenario.Plan.Status);
    }
}
