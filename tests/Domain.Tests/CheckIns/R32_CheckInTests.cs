using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Tests.CheckIns;

public class R32_CheckInTests
{
    private static readonly DateOnly InPlaceOn = Clock.Today.AddDays(7);

    /// <summary>An active plan (support in place a week after <see cref="Clock.Now"/>), three weeks later.</summary>
    private static (PlanScenario Scenario, DateTimeOffset Now) Active()
    {
        var scenario = PlanScenario.ActivePlan();
        return (scenario, Clock.Now.AddDays(28));
    }

    private static CheckInDetails Doing(DateTimeOffset at, bool changesNeeded = false, params ReviewGround[] grounds) =>
        new(at, "Settling in well; the morning visits suit her.", changesNeeded, grounds);

    [Fact]
    public void R32_a_check_in_is_scheduled_within_two_weeks_of_support_in_place()
    {
        var scenario = PlanScenario.AgreedPlan();
        Assert.Null(scenario.Plan.NextCheckInDue);

        scenario.PutInPlace();

        Assert.Equal(InPlaceOn.AddDays(14), scenario.Plan.NextCheckInDue);
    }

    [Fact]
    public void R32_a_council_may_choose_when_the_check_in_falls_within_six_weeks()
    {
        var scenario = PlanScenario.AgreedPlan();

        scenario.Plan.MarkSupportInPlace(InPlaceOn, null, Actors.KeyWorker, Clock.Now.AddDays(7), checkIn: new CheckInSchedule(7)).ShouldSucceed();

        Assert.Equal(InPlaceOn.AddDays(7), scenario.Plan.NextCheckInDue);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckInSchedule(43));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckInSchedule(0));
    }

    [Fact]
    public void R32_the_key_worker_records_how_the_person_is_doing_and_the_check_in_is_no_longer_due()
    {
        var (scenario, now) = Active();
        var revision = scenario.Plan.Revision;

        var recorded = CheckIn.Record(scenario.Plan, Doing(now.AddHours(-2)), Actors.KeyWorker, now).ShouldSucceed();

        var checkIn = recorded.CheckIn;
        Assert.Equal(InPlaceOn.AddDays(14), checkIn.WasDueOn);
        Assert.Equal("Settling in well; the morning visits suit her.", checkIn.HowThePersonIsDoing);
        Assert.False(checkIn.ChangesNeeded);
        Assert.Null(recorded.ReviewRequest);
        Assert.Null(scenario.Plan.NextCheckInDue);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(PlanEventKind.CheckInRecorded, scenario.Plan.History[^1].Kind);
        Assert.True(scenario.Plan.Revision > revision);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.CustomerServices)]
    [InlineData(ActorRole.Helper)]
    public void R32_only_the_key_worker_or_an_administrator_records_a_check_in(ActorRole role)
    {
        var (scenario, now) = Active();

        var result = CheckIn.Record(scenario.Plan, Doing(now), new Actor("someone", "Someone", role), now).ToResult();

        Assert.Equal(role, result.ShouldFailWith<ActorNotPermittedError>().Role);
        Assert.NotNull(scenario.Plan.NextCheckInDue);
        CheckIn.Record(scenario.Plan, Doing(now), Actors.Administrator, now).ShouldSucceed();
    }

    [Fact]
    public void R32_a_check_in_in_the_future_is_refused_with_every_other_reason()
    {
        var (scenario, now) = Active();
        var events = scenario.Plan.History.Count;

        var result = CheckIn.Record(scenario.Plan, new CheckInDetails(now.AddMinutes(1), " ", false, [ReviewGround.NeedsChanged]), Actors.KeyWorker, now).ToResult();

        Assert.Equal(now.AddMinutes(1), result.ShouldFailWith<CheckInInFutureError>().OccurredAt);
        Assert.Equal("howThePersonIsDoing", result.ShouldFailWith<RequiredTextMissingError>().Field);
        result.ShouldFailWith<ReviewWithoutChangesError>();
        Assert.Equal(events, scenario.Plan.History.Count);
        Assert.NotNull(scenario.Plan.NextCheckInDue);
    }

    [Fact]
    public void R32_no_check_in_before_support_is_in_place()
    {
        var scenario = PlanScenario.AgreedPlan();

        var result = CheckIn.Record(scenario.Plan, Doing(Clock.Now), Actors.KeyWorker, Clock.Now).ToResult();

        result.ShouldFailWith<InvalidTransitionError>();
    }

    [Fact]
    public void R32_changes_needed_lets_the_key_worker_ask_for_a_review_in_the_same_step()
    {
        var (scenario, now) = Active();

        var recorded = CheckIn.Record(scenario.Plan, Doing(now.AddHours(-1), changesNeeded: true, ReviewGround.NeedsChanged), Actors.KeyWorker, now).ShouldSucceed();

        var request = Assert.IsType<ReviewRequest>(recorded.ReviewRequest);
        Assert.Equal([ReviewGround.NeedsChanged], request.Grounds);
        Assert.Equal(ActorRole.KeyWorker, request.RequestedByRole);
        Assert.Equal(ReviewRequestStatus.Pending, request.Status);
        Assert.Contains("Settling in well", request.Details, StringComparison.Ordinal);
        Assert.Equal(request.Id, recorded.CheckIn.ReviewRequestId);
        Assert.True(recorded.CheckIn.ChangesNeeded);
        Assert.Equal([PlanEventKind.ReviewRequested, PlanEventKind.CheckInRecorded], scenario.Plan.History.TakeLast(2).Select(e => e.Kind));
    }

    [Fact]
    public void R32_changes_needed_without_review_grounds_records_the_check_in_alone()
    {
        var (scenario, now) = Active();

        var recorded = CheckIn.Record(scenario.Plan, Doing(now, changesNeeded: true), Actors.KeyWorker, now).ShouldSucceed();

        Assert.True(recorded.CheckIn.ChangesNeeded);
        Assert.Null(recorded.ReviewRequest);
        Assert.Null(recorded.CheckIn.ReviewRequestId);
    }
}
