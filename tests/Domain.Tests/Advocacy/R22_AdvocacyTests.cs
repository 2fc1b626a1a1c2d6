using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Advocacy;

public class R22_AdvocacyTests
{
    [Fact]
    public void R22_the_key_worker_records_significant_difficulty_and_that_no_one_can_speak_for_the_person()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        scenario.Plan.RecordAdvocacyNeed(true, false, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        var advocacy = scenario.Plan.Advocacy!;
        Assert.True(advocacy.NeedAssessed);
        Assert.True(advocacy.IsAdvocateRequired);
        Assert.False(advocacy.IsReferred);
        Assert.Equal((Actors.KeyWorker.Name, Clock.Now), (advocacy.NeedRecordedByName, advocacy.NeedRecordedAt!.Value));
    }

    [Fact]
    public void R22_when_someone_appropriate_can_speak_for_the_person_no_advocate_is_required_and_they_are_named()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        Assert.Equal("appropriatePersonName", scenario.Plan.RecordAdvocacyNeed(true, true, " ", Actors.KeyWorker, scenario.Now).ShouldFailWith<RequiredTextMissingError>().Field);
        scenario.Plan.RecordAdvocacyNeed(true, true, "Her sister, Grace", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.False(scenario.Plan.Advocacy!.IsAdvocateRequired);
        Assert.Equal("Her sister, Grace", scenario.Plan.Advocacy.AppropriatePersonName);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.CustomerServices)]
    public void R22_only_the_key_worker_records_advocacy_and_refers(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var actor = new Actor("x", "X", role);

        scenario.Plan.RecordAdvocacyNeed(true, false, null, actor, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        scenario.Plan.ReferToAdvocate("Cannot express views.", null, null, actor, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        Assert.Null(scenario.Plan.Advocacy);
    }

    [Fact]
    public void R22_without_an_advocate_the_review_cannot_be_completed_and_with_one_it_can()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview();
        scenario.Plan.RecordAdvocacyNeed(true, false, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldFailWith<ReviewNeedsAdvocateError>();
        scenario.Plan.ReferToAdvocate("Cleo finds it very hard to say what she wants.", null, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldFailWith<ReviewNeedsAdvocateError>();

        scenario.Plan.AssignAdvocate(ReviewScenarios.AdvocacyService, "Noor Hussain", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();
        var advocacy = scenario.Plan.Advocacy!;
        Assert.Equal((ReviewScenarios.AdvocacyService.Id, "Noor Hussain"), (advocacy.AdvocateOrganisationId!.Value, advocacy.AdvocateName));
        Assert.Equal("Cleo finds it very hard to say what she wants.", advocacy.ReferralReason);
    }

    [Fact]
    public void R13_R22_without_an_advocate_the_plan_cannot_be_agreed_and_it_fails_the_own_decisions_check()
    {
        var scenario = PlanScenario.SubmittedPlan();
        scenario.Plan.RecordAdvocacyNeed(true, false, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        var evaluation = scenario.Evaluate();

        Assert.Equal(7, evaluation.Checks.Count);
        var error = Assert.IsType<AdvocateRequiredError>(Assert.Single(evaluation.Result(AgreementCheck.OwnDecisions).Errors));
        Assert.False(error.Referred);
        Assert.Equal(("ADVOCATE_REQUIRED", AgreementCheck.OwnDecisions), (error.Code, error.Check));
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldFailWith<AdvocateRequiredError>();

        scenario.Plan.ReferToAdvocate("Needs someone to speak for her.", ReviewScenarios.AdvocacyService, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.True(scenario.Evaluate().AllPassed);
        Assert.Equal(ReviewScenarios.AdvocacyService.Name, scenario.Plan.Advocacy!.AdvocateName);
        scenario.AgreeWith(PlanScenario.GoodAttestation).ShouldSucceed();
    }

    [Fact]
    public void R22_an_advocate_is_assigned_after_a_referral_from_an_advocacy_organisation()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var provider = new Organisation(Items.Sunrise, "prov-sunrise", "Sunrise Care", OrganisationKind.ServiceProvider);

        scenario.Plan.AssignAdvocate(ReviewScenarios.AdvocacyService, null, Actors.KeyWorker, scenario.Now).ShouldFailWith<AdvocacyReferralMissingError>();
        var wrongKind = scenario.Plan.ReferToAdvocate("Help to challenge a decision.", provider, null, Actors.KeyWorker, scenario.Now);

        Assert.Equal(OrganisationKind.ServiceProvider, wrongKind.ShouldFailWith<NotAnAdvocacyOrganisationError>().Kind);
        Assert.Null(scenario.Plan.Advocacy);
    }

    [Fact]
    public void R22_an_assigned_advocate_signs_the_review_on_the_persons_behalf()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        scenario.Plan.RecordAdvocacyNeed(true, false, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();
        scenario.Plan.ReferToAdvocate("Cannot express views.", ReviewScenarios.AdvocacyService, "Noor Hussain", Actors.KeyWorker, scenario.Now).ShouldSucceed();
        var review = scenario.StartReview();
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(), Actors.KeyWorker, scenario.Now).ShouldSucceed();

        review.Sign(scenario.Plan, ReviewScenarios.Advocate, scenario.Now).ShouldSucceed();
        review.Sign(scenario.Plan, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewStatus.Completed, review.Status);
        Assert.True(review.PersonSignature!.OnBehalfOfPerson);
        Assert.Equal(ReviewScenarios.Advocate.Name, review.PersonSignature.SignedByName);
    }

    [Fact]
    public void R22_R27_advocacy_is_kept_off_the_plan_history()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var before = scenario.Plan.History.Count;

        scenario.Plan.RecordAdvocacyNeed(true, false, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();
        scenario.Plan.ReferToAdvocate("Cannot express views.", ReviewScenarios.AdvocacyService, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(before, scenario.Plan.History.Count);
    }
}
