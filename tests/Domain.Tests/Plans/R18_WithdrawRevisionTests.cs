using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Plans;

/// <summary>R18: a revision being worked on can be dropped; the version in force stays in force.</summary>
public class R18_WithdrawRevisionTests
{
    [Fact]
    public void R18_a_declined_revision_is_withdrawn_and_the_version_in_force_stays_in_force()
    {
        var scenario = PlanScenario.ActivePlan();
        var inForce = scenario.Version;
        scenario.Revise();
        scenario.Add(Items.Extra(Money.FromPounds(500)));
        scenario.Submit().Decline();
        var revision = scenario.Version;

        scenario.Plan.WithdrawRevision("  I would rather keep my plan as it is.  ", Actors.Person, scenario.Now).ShouldSucceed();

        Assert.Equal(VersionStatus.Withdrawn, revision.Status);
        Assert.Same(inForce, scenario.Plan.AgreedVersion);
        Assert.Same(inForce, scenario.Plan.CurrentVersion);
        Assert.False(scenario.Plan.IsRevisionInProgress);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.PersonalBudget);
        var withdrawn = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.RevisionWithdrawn, PlanStatus.Active, PlanStatus.Active, 2, Actors.Person.Name),
            (withdrawn.Kind, withdrawn.FromStatus, withdrawn.ToStatus, withdrawn.VersionNumber, withdrawn.ActorName));
        Assert.Equal("Revision withdrawn: I would rather keep my plan as it is. Version 1 stays in force.", withdrawn.Reason);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Administrator)]
    public void R18_the_person_their_planner_or_the_key_worker_withdraws_a_draft_or_submitted_revision(ActorRole role)
    {
        var draft = PlanScenario.AgreedPlan().Revise();
        var submitted = PlanScenario.AgreedPlan().Revise().Submit();
        var actor = new Actor("someone", "Some One", role);

        draft.Plan.WithdrawRevision(null, actor, draft.Now).ShouldSucceed();
        submitted.Plan.WithdrawRevision(null, actor, submitted.Now).ShouldSucceed();

        Assert.Equal((PlanStatus.Agreed, PlanStatus.Agreed), (draft.Plan.Status, submitted.Plan.Status));
        Assert.Equal(VersionStatus.Withdrawn, draft.Plan.Versions[^1].Status);
        Assert.Equal(VersionStatus.Withdrawn, submitted.Plan.Versions[^1].Status);
        Assert.Equal("Revision withdrawn. Version 1 stays in force.", draft.Plan.History[^1].Reason);
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.RiskPanelMember)]
    [InlineData(ActorRole.CustomerServices)]
    public void R18_nobody_else_withdraws_a_revision(ActorRole role)
    {
        var scenario = PlanScenario.ActivePlan().Revise();

        scenario.Plan.WithdrawRevision(null, new Actor("x", "X", role), scenario.Now).ShouldFailWith<ActorNotPermittedError>();

        Assert.True(scenario.Plan.IsRevisionInProgress);
    }

    [Fact]
    public void R18_there_is_nothing_to_withdraw_without_a_revision_and_a_first_plan_is_not_withdrawn()
    {
        var active = PlanScenario.ActivePlan();
        var first = PlanScenario.SubmittedPlan().Decline();
        var history = (active.Plan.History.Count, first.Plan.History.Count);

        var none = active.Plan.WithdrawRevision(null, Actors.Person, active.Now).ShouldFailWith<InvalidTransitionError>();
        var firstPlan = first.Plan.WithdrawRevision(null, Actors.Person, first.Now).ShouldFailWith<InvalidTransitionError>();

        Assert.Equal("A plan that is active cannot be withdrawn: no revision is being worked on. (Version 1 is agreed.)", none.Message);
        Assert.Contains("has not been agreed", firstPlan.Message, StringComparison.Ordinal);
        Assert.Equal(VersionStatus.ChangesRequired, first.Version.Status);
        Assert.Equal(history, (active.Plan.History.Count, first.Plan.History.Count));
    }

    [Fact]
    public void R18_a_revision_is_withdrawn_once_and_not_after_it_was_agreed_or_with_a_stale_revision()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        var stale = scenario.Version.EditRevision;
        scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers, null, Actors.Person, scenario.Now).ShouldSucceed();

        scenario.Plan.WithdrawRevision(null, Actors.Person, scenario.Now, stale).ShouldFailWith<EditConflictError>();
        scenario.Plan.WithdrawRevision(new string('x', PlanEvent.MaxReasonLength + 1), Actors.Person, scenario.Now).ShouldFailWith<TextTooLongError>();
        scenario.Plan.WithdrawRevision(null, Actors.Person, scenario.Now).ShouldSucceed();
        scenario.Plan.WithdrawRevision(null, Actors.Person, scenario.Now).ShouldFailWith<InvalidTransitionError>();
    }

    [Fact]
    public void R18_after_a_withdrawal_the_person_starts_a_new_revision_with_the_next_number()
    {
        var scenario = PlanScenario.ActivePlan().Revise().Submit().Decline();
        scenario.Plan.WithdrawRevision(null, Actors.Person, scenario.Now).ShouldSucceed();

        var revision = scenario.Plan.StartRevision(PlanPreparer.Person, Actors.Person, scenario.Now).ShouldSucceed();

        Assert.Equal((3, VersionStatus.Draft), (revision.Number, revision.Status));
        Assert.Same(revision, scenario.Plan.CurrentVersion);
        Assert.Equal([VersionStatus.Agreed, VersionStatus.Withdrawn, VersionStatus.Draft], scenario.Plan.Versions.Select(v => v.Status));
        scenario.Submit().Agree(Actors.OtherKeyWorker);
        Assert.Equal(3, scenario.Plan.AgreedVersion!.Number);
    }

    [Fact]
    public void R18_R22_review_changes_agreed_after_a_withdrawal_open_a_new_revision_instead_of_joining_the_withdrawn_one()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan().Revise();
        scenario.Submit().Decline();
        var review = scenario.StartReview();
        scenario.Plan.WithdrawRevision(null, Actors.Person, scenario.Now).ShouldSucceed();

        scenario.CompleteAndSign(review, "Add a second evening visit.");

        Assert.Equal(3, review.RevisionVersionNumber);
        Assert.Equal((3, VersionStatus.Draft), (scenario.Plan.CurrentVersion.Number, scenario.Plan.CurrentVersion.Status));
        Assert.Equal(VersionStatus.Withdrawn, scenario.Plan.Versions.Single(v => v.Number == 2).Status);
    }
}
