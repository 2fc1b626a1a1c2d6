using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Tests.Reviews;

public class R22_ReviewTests
{
    [Fact]
    public void R22_the_person_invites_anyone_to_their_review_telling_the_key_worker_in_advance()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview(scenario.Today().AddDays(10));

        var carer = review.Invite(scenario.Plan, InviteeKind.Carer, "  Annabella Byron ", null, Actors.Person, scenario.Now).ShouldSucceed();
        review.Invite(scenario.Plan, InviteeKind.ServiceProvider, "Sunrise Care", Items.Sunrise, ReviewScenarios.Advocate, scenario.Now).ShouldSucceed();
        scenario.On(review.ReviewOn);
        review.Invite(scenario.Plan, InviteeKind.Agency, "District nursing team", null, ReviewScenarios.Carer, scenario.Now).ShouldSucceed();

        Assert.Equal(["Annabella Byron", "Sunrise Care", "District nursing team"], review.Invitees.Select(i => i.Name));
        Assert.Equal((InviteeKind.Carer, Actors.Person.Name, Clock.Now), (carer.Kind, carer.InvitedByName, carer.InvitedAt));
        Assert.Equal(Items.Sunrise, review.Invitees[1].OrganisationId);
    }

    [Fact]
    public void R22_an_invitation_after_the_review_date_is_refused()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview(scenario.Today().AddDays(2));
        scenario.On(review.ReviewOn.AddDays(1));

        var result = review.Invite(scenario.Plan, InviteeKind.Carer, "Annabella Byron", null, Actors.Person, scenario.Now).ToResult();

        Assert.Equal(review.ReviewOn, result.ShouldFailWith<InvitationAfterReviewDateError>().ReviewOn);
        Assert.Empty(review.Invitees);
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    public void R22_invitations_come_from_the_person_or_those_acting_for_them(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview(scenario.Today().AddDays(2));

        review.Invite(scenario.Plan, InviteeKind.Other, "Someone", null, new Actor("x", "X", role), scenario.Now).ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R22_completing_a_review_records_outcomes_changes_and_when_they_start_for_both_to_sign()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        var outcomes = scenario.Assessment.Outcomes;
        var findings = new ReviewFindings(
            [new(outcomes[0].Id, OutcomeAttainment.FullyMet), new(outcomes[1].Id, OutcomeAttainment.PartlyMet, "Gets out once a week, not twice.")],
            "Mornings work; getting out is harder than planned.",
            ["Add a second community centre session.", "  "],
            scenario.Today().AddDays(14));

        review.Complete(scenario.Plan, scenario.Assessment, findings, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewStatus.AwaitingSignatures, review.Status);
        Assert.Equal([OutcomeAttainment.FullyMet, OutcomeAttainment.PartlyMet], review.Outcomes.Select(o => o.Attainment));
        Assert.Equal(outcomes[1].Description, review.Outcomes[1].Description);
        Assert.Equal(["Add a second community centre session."], review.Changes);
        Assert.Equal(scenario.Today().AddDays(14), review.ChangesStartOn);
        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        Assert.Equal(PlanEventKind.ReviewOutcomeRecorded, scenario.Plan.History[^1].Kind);
    }

    [Fact]
    public void R22_every_outcome_is_rated_once_and_changes_say_when_they_start()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        var first = scenario.Assessment.Outcomes[0];
        var unknown = Id<DesiredOutcome>.New();
        var findings = new ReviewFindings(
            [new(first.Id, OutcomeAttainment.NotMet), new(first.Id, OutcomeAttainment.FullyMet), new(unknown, OutcomeAttainment.FullyMet)],
            " ",
            ["More help."],
            null);

        var result = review.Complete(scenario.Plan, scenario.Assessment, findings, Actors.KeyWorker, scenario.Now);

        Assert.Equal(["UNKNOWN_OUTCOME", "OUTCOME_RATED_TWICE", "OUTCOME_NOT_RATED", "REQUIRED_TEXT_MISSING", "CHANGES_START_DATE_REQUIRED"], result.Errors.Select(e => e.Code));
        Assert.Equal(ReviewStatus.InProgress, review.Status);

        var past = scenario.Findings("More help.") with { ChangesStartOn = scenario.Today().AddDays(-1) };
        review.Complete(scenario.Plan, scenario.Assessment, past, Actors.KeyWorker, scenario.Now).ShouldFailWith<ChangesStartInPastError>();
    }

    [Fact]
    public void R22_the_outcome_of_a_review_cannot_be_recorded_before_the_review_takes_place()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview(scenario.Today().AddDays(14));
        var history = scenario.Plan.History.Count;

        var refused = review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldFailWith<ReviewNotYetHeldError>();

        Assert.Equal((review.ReviewOn, scenario.Today()), (refused.ReviewOn, refused.Today));
        Assert.Equal(ReviewStatus.InProgress, review.Status);
        Assert.Empty(review.Outcomes);
        Assert.Equal(history, scenario.Plan.History.Count);

        scenario.On(review.ReviewOn.AddDays(-1));
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldFailWith<ReviewNotYetHeldError>();

        scenario.On(review.ReviewOn);
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();
        Assert.Equal(ReviewStatus.AwaitingSignatures, review.Status);
    }

    [Fact]
    public void R22_only_the_key_worker_records_the_outcome()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();

        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.Provider, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        review.Sign(scenario.Plan, Actors.Person, scenario.Now).ShouldFailWith<InvalidReviewStateError>();
    }

    [Fact]
    public void R22_the_person_and_the_key_worker_both_sign_and_the_plan_is_active_again()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.Sign(scenario.Plan, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewStatus.AwaitingSignatures, review.Status);
        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        Assert.Equal(ReviewParty.KeyWorker, review.Sign(scenario.Plan, Actors.Administrator, scenario.Now).ShouldFailWith<ReviewAlreadySignedError>().Party);

        review.Sign(scenario.Plan, Actors.Person, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewStatus.Completed, review.Status);
        Assert.Equal((Actors.Person.Name, false), (review.PersonSignature!.SignedByName, review.PersonSignature.OnBehalfOfPerson));
        Assert.Equal(Actors.KeyWorker.Name, review.KeyWorkerSignature!.SignedByName);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Null(scenario.Plan.OpenReviewId);
        Assert.Null(review.RevisionVersionNumber);
        Assert.False(scenario.Plan.IsRevisionInProgress);
        var completed = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.ReviewCompleted, PlanStatus.UnderReview, PlanStatus.Active), (completed.Kind, completed.FromStatus, completed.ToStatus));
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.Advocate)]
    public void R22_only_the_person_an_assigned_advocate_or_the_key_worker_signs(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.Sign(scenario.Plan, new Actor("x", "X", role), scenario.Now).ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R22_a_review_that_agrees_changes_opens_a_revision_of_the_plan()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();

        scenario.CompleteAndSign(review, "Add a second evening visit.");

        Assert.True(scenario.Plan.IsRevisionInProgress);
        Assert.Equal(2, review.RevisionVersionNumber);
        var revision = scenario.Plan.CurrentVersion;
        Assert.Equal((2, VersionStatus.Draft), (revision.Number, revision.Status));
        Assert.False(revision.IsAuthoredBy(Actors.KeyWorker.Subject));
        Assert.Equal(1, scenario.Plan.AgreedVersion!.Number);
        var opened = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.RevisionStarted, opened.Kind);
        Assert.Contains("Add a second evening visit.", opened.Reason, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void R22_changes_agreed_while_a_revision_is_already_being_written_join_it()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan().Revise();
        var review = scenario.StartReview();

        scenario.CompleteAndSign(review, "Add a second evening visit.");

        Assert.Equal(2, review.RevisionVersionNumber);
        Assert.Equal(2, scenario.Plan.Versions.Count);
    }

    [Fact]
    public void R22_the_person_may_record_disagreement_instead_which_stays_and_prompts_the_key_worker()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();
        review.Sign(scenario.Plan, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal("disagreement", review.RecordDisagreement(scenario.Plan, " ", Actors.Person, scenario.Now).ShouldFailWith<RequiredTextMissingError>().Field);
        review.RecordDisagreement(scenario.Plan, "The evening visits are still too short.", Actors.Person, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewStatus.Disputed, review.Status);
        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        Assert.Equal("The evening visits are still too short.", Assert.Single(review.Disagreements).Text);
        var disagreed = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.ReviewDisagreementRecorded, disagreed.Kind);
        Assert.Contains("Key Worker will contact them", disagreed.Reason, StringComparison.Ordinal);
        review.Sign(scenario.Plan, Actors.Person, scenario.Now).ShouldFailWith<InvalidReviewStateError>();

        scenario.CompleteAndSign(review, "Lengthen the evening visits to an hour.");

        Assert.Equal(ReviewStatus.Completed, review.Status);
        Assert.Single(review.Disagreements);
        Assert.True(scenario.Plan.IsRevisionInProgress);
    }

    [Fact]
    public void R22_a_provider_cannot_disagree_for_the_person()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.RecordDisagreement(scenario.Plan, "No.", Actors.Provider, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        review.RecordDisagreement(scenario.Plan, "No.", Actors.KeyWorker, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
    }
}
