using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Tests.Reviews;

public class R20_ReviewScheduleTests
{
    [Fact]
    public void R20_the_first_review_is_due_6_to_12_weeks_after_support_is_in_place()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        Assert.Equal(ReviewScenarios.InPlaceOn.AddDays(84), scenario.Plan.NextReviewDue);
        Assert.Equal(ReviewKind.First, scenario.Plan.DueReviewKind);
        Assert.Null(scenario.Plan.DirectPaymentReviewDue);
    }

    [Fact]
    public void R20_a_direct_payment_is_also_reviewed_within_6_months_of_starting()
    {
        var scenario = PlanScenario.ActivePlan();

        Assert.Equal(ReviewScenarios.InPlaceOn, scenario.Plan.DirectPaymentStartedOn);
        Assert.Equal(ReviewScenarios.InPlaceOn.AddMonths(6), scenario.Plan.DirectPaymentReviewDue);
        Assert.Equal(ReviewScenarios.InPlaceOn.AddDays(84), scenario.Plan.NextReviewDue);
    }

    [Fact]
    public void R20_after_each_completed_review_the_next_planned_review_is_a_year_later()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var reviewDay = ReviewScenarios.InPlaceOn.AddDays(70);
        scenario.On(reviewDay);

        var review = scenario.CompleteAndSign(scenario.StartReview());

        Assert.Equal(ReviewStatus.Completed, review.Status);
        Assert.Equal(ReviewKind.First, review.Kind);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(reviewDay, scenario.Plan.FirstReviewCompletedOn);
        Assert.Equal(reviewDay.AddYears(1), scenario.Plan.NextReviewDue);
        Assert.Equal(ReviewKind.Annual, scenario.Plan.DueReviewKind);

        scenario.On(reviewDay.AddYears(1));
        var annual = scenario.CompleteAndSign(scenario.StartReview());

        Assert.Equal(ReviewKind.Annual, annual.Kind);
        Assert.Equal(reviewDay.AddYears(2), scenario.Plan.NextReviewDue);
    }

    [Fact]
    public void R20_after_the_first_review_a_direct_payment_plan_is_reviewed_again_by_6_months_then_each_year()
    {
        var scenario = PlanScenario.ActivePlan();
        var dpDue = ReviewScenarios.InPlaceOn.AddMonths(6);
        scenario.On(ReviewScenarios.InPlaceOn.AddDays(60));

        scenario.CompleteAndSign(scenario.StartReview());

        Assert.Equal(dpDue, scenario.Plan.NextReviewDue);
        Assert.Equal(ReviewKind.DirectPayment, scenario.Plan.DueReviewKind);

        var dpReviewDay = dpDue.AddDays(-3);
        scenario.On(dpReviewDay);
        var dpReview = scenario.CompleteAndSign(scenario.StartReview());

        Assert.Equal(ReviewKind.DirectPayment, dpReview.Kind);
        Assert.Null(scenario.Plan.DirectPaymentReviewDue);
        Assert.Equal(dpReviewDay.AddYears(1), scenario.Plan.NextReviewDue);
        Assert.Equal(ReviewKind.Annual, scenario.Plan.DueReviewKind);
    }

    [Fact]
    public void R20_a_first_review_held_once_the_direct_payment_review_is_due_counts_for_both()
    {
        var scenario = PlanScenario.ActivePlan();
        var late = ReviewScenarios.InPlaceOn.AddMonths(7);
        scenario.On(late);

        scenario.CompleteAndSign(scenario.StartReview());

        Assert.Null(scenario.Plan.DirectPaymentReviewDue);
        Assert.Equal(late.AddYears(1), scenario.Plan.NextReviewDue);
    }

    [Fact]
    public void R20_starting_a_review_puts_the_plan_under_review_and_a_second_one_is_refused()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        scenario.On(ReviewScenarios.InPlaceOn.AddDays(50));

        var review = scenario.StartReview(scenario.Today().AddDays(7));

        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        Assert.Equal(review.Id, scenario.Plan.OpenReviewId);
        Assert.Equal(scenario.Today().AddDays(7), review.ReviewOn);
        Assert.Equal(scenario.Plan.NextReviewDue, review.DueOn);
        var started = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.ReviewStarted, PlanStatus.Active, PlanStatus.UnderReview), (started.Kind, started.FromStatus, started.ToStatus));
        Review.Start(scenario.Plan, scenario.Today(), Actors.KeyWorker, scenario.Now).ToResult().ShouldFailWith<InvalidTransitionError>();
    }

    [Fact]
    public void R20_a_review_cannot_start_before_support_is_in_place_or_on_a_past_day()
    {
        var agreed = PlanScenario.AgreedPlan();
        Review.Start(agreed.Plan, agreed.Today(), Actors.KeyWorker, agreed.Now).ToResult().ShouldFailWith<InvalidTransitionError>();

        var active = ReviewScenarios.CouncilManagedActivePlan();
        var past = Review.Start(active.Plan, active.Today().AddDays(-1), Actors.KeyWorker, active.Now).ToResult();
        past.ShouldFailWith<ReviewDateInPastError>();
        Assert.Equal(PlanStatus.Active, active.Plan.Status);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.CustomerServices)]
    public void R20_R29_only_the_key_worker_starts_a_planned_review(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        var result = Review.Start(scenario.Plan, scenario.Today(), new Actor("someone", "Someone", role), scenario.Now).ToResult();

        result.ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void R20_a_revision_agreed_after_a_review_keeps_the_schedule_the_review_set()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        scenario.On(ReviewScenarios.InPlaceOn.AddDays(70));
        scenario.CompleteAndSign(scenario.StartReview(), "Add a second evening visit.");
        var due = scenario.Plan.NextReviewDue;
        var kind = scenario.Plan.DueReviewKind;
        scenario.Plan.Submit(Actors.Person, scenario.Now).ShouldSucceed();

        scenario.Plan.Agree(scenario.Assessment, PlanScenario.GoodAttestation, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal((due, kind), (scenario.Plan.NextReviewDue, scenario.Plan.DueReviewKind));
        scenario.Plan.MarkSupportInPlace(scenario.Today(), null, Actors.KeyWorker, scenario.Now).ShouldFailWith<InvalidTransitionError>();
    }
}
