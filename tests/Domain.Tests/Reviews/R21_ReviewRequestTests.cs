using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Tests.Reviews;

public class R21_ReviewRequestTests
{
    private static readonly ReviewGround[] NeedsChanged = [ReviewGround.NeedsChanged];

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.CustomerServices)]
    public void R21_the_person_a_carer_their_advocate_a_provider_or_the_council_may_request_a_review_at_any_time(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var actor = new Actor("requester", "Rita Requester", role);

        var request = ReviewRequest.Create(scenario.Plan, [ReviewGround.SupportNoLongerMeetsNeeds, ReviewGround.NeedsChanged], "Evening visits are too short now.", actor, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewRequestStatus.Pending, request.Status);
        Assert.Equal([ReviewGround.NeedsChanged, ReviewGround.SupportNoLongerMeetsNeeds], request.Grounds);
        Assert.Equal((role, "Rita Requester"), (request.RequestedByRole, request.RequestedByName));
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        var requested = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.ReviewRequested, requested.Kind);
        Assert.Equal("Grounds: needs have changed, the support no longer meets needs.", requested.Reason);
    }

    [Fact]
    public void R21_a_support_planner_does_not_request_reviews()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        ReviewRequest.Create(scenario.Plan, NeedsChanged, "Needs more help.", Actors.Planner, scenario.Now).ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R21_a_request_needs_at_least_one_ground_and_details()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        var result = ReviewRequest.Create(scenario.Plan, [], "  ", Actors.Person, scenario.Now);

        Assert.Equal(["NO_REVIEW_GROUNDS", "REQUIRED_TEXT_MISSING"], result.Errors.Select(e => e.Code));
        Assert.Equal(PlanEventKind.SupportInPlace, scenario.Plan.History[^1].Kind);
    }

    [Fact]
    public void R21_only_the_council_can_give_the_council_requests_it_as_a_ground()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();

        ReviewRequest.Create(scenario.Plan, [ReviewGround.CouncilRequest], "We want to look again.", Actors.Provider, scenario.Now).ToResult().ShouldFailWith<ActorNotPermittedError>();
        ReviewRequest.Create(scenario.Plan, [ReviewGround.CouncilRequest, ReviewGround.UnmanageableRisks], "Risks at home have grown.", Actors.KeyWorker, scenario.Now).ShouldSucceed();
    }

    [Fact]
    public void R21_a_review_is_requested_only_once_support_is_in_place()
    {
        var agreed = PlanScenario.AgreedPlan();

        ReviewRequest.Create(agreed.Plan, NeedsChanged, "Needs more help.", Actors.Person, agreed.Now).ToResult().ShouldFailWith<InvalidTransitionError>();
    }

    [Fact]
    public void R21_accepting_a_request_opens_a_requested_review_and_the_plan_is_under_review()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var request = ReviewRequest.Create(scenario.Plan, NeedsChanged, "Needs more help in the evening.", Actors.Provider, scenario.Now).ShouldSucceed();

        var review = request.Accept(scenario.Plan, null, scenario.Today().AddDays(5), Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal((ReviewRequestStatus.Accepted, review.Id), (request.Status, request.ReviewId!.Value));
        Assert.Equal((ReviewKind.Requested, ReviewStatus.InProgress), (review.Kind, review.Status));
        Assert.Equal(scenario.Today().AddDays(5), review.ReviewOn);
        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        Assert.Equal([PlanEventKind.ReviewRequestAccepted, PlanEventKind.ReviewStarted], scenario.Plan.History.TakeLast(2).Select(e => e.Kind));
    }

    [Fact]
    public void R21_a_request_accepted_while_a_review_is_under_way_joins_it()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var review = scenario.StartReview(scenario.Today().AddDays(3));
        var request = ReviewRequest.Create(scenario.Plan, [ReviewGround.MajorChangeWanted], "I want to change providers.", Actors.Person, scenario.Now).ShouldSucceed();

        var joined = request.Accept(scenario.Plan, review, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Same(review, joined);
        Assert.Equal(review.Id, request.ReviewId);
        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
    }

    [Fact]
    public void R21_a_declined_request_carries_reasons_that_the_requester_is_told()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var request = ReviewRequest.Create(scenario.Plan, NeedsChanged, "Needs more help.", Actors.Provider, scenario.Now).ShouldSucceed();

        Assert.Equal("reasons", request.Decline(scenario.Plan, " ", Actors.KeyWorker, scenario.Now).ShouldFailWith<RequiredTextMissingError>().Field);
        request.Decline(scenario.Plan, "The first review is next week; we will look at it then.", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(ReviewRequestStatus.Declined, request.Status);
        Assert.Equal("The first review is next week; we will look at it then.", request.DeclineReasons);
        Assert.Null(request.ReviewId);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        var declined = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.ReviewRequestDeclined, declined.Kind);
        Assert.Contains("Told Sunrise Care", declined.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.CustomerServices)]
    [InlineData(ActorRole.RiskPanelMember)]
    public void R21_R29_only_the_key_worker_decides_a_review_request(ActorRole role)
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var request = ReviewRequest.Create(scenario.Plan, NeedsChanged, "Needs more help.", Actors.Person, scenario.Now).ShouldSucceed();
        var actor = new Actor("someone", "Someone", role);

        request.Accept(scenario.Plan, null, null, actor, scenario.Now).ToResult().ShouldFailWith<ActorNotPermittedError>();
        request.Decline(scenario.Plan, "No.", actor, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal(ReviewRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void R21_a_request_is_decided_once()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var request = ReviewRequest.Create(scenario.Plan, NeedsChanged, "Needs more help.", Actors.Person, scenario.Now).ShouldSucceed();
        request.Decline(scenario.Plan, "Not now.", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        var again = request.Accept(scenario.Plan, null, null, Actors.KeyWorker, scenario.Now).ToResult();

        Assert.Equal(ReviewRequestStatus.Declined, again.ShouldFailWith<ReviewRequestAlreadyDecidedError>().Status);
    }
}
