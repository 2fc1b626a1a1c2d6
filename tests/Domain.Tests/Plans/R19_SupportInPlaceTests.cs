using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R19_SupportInPlaceTests
{
    private static readonly DateOnly InPlaceOn = new(2026, 3, 9);

    /// <summary>The day <see cref="InPlaceOn"/>: support is recorded as in place once it is, never ahead of time.</summary>
    private static readonly DateTimeOffset OnTheDay = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void R19_support_in_place_makes_the_plan_active_and_schedules_the_first_review()
    {
        var scenario = PlanScenario.AgreedPlan();

        scenario.Plan.MarkSupportInPlace(InPlaceOn, null, Actors.KeyWorker, OnTheDay).ShouldSucceed();

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(InPlaceOn, scenario.Plan.SupportInPlaceOn);
        Assert.Equal(InPlaceOn.AddDays(84), scenario.Plan.NextReviewDue);
        var inPlace = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.SupportInPlace, inPlace.Kind);
        Assert.Equal(PlanStatus.Agreed, inPlace.FromStatus);
        Assert.Equal(PlanStatus.Active, inPlace.ToStatus);
        Assert.Equal(Actors.KeyWorker.Subject, inPlace.ActorSubject);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(60)]
    [InlineData(84)]
    public void R19_the_caller_may_choose_the_first_review_date_within_6_to_12_weeks(int days)
    {
        var scenario = PlanScenario.AgreedPlan();

        scenario.Plan.MarkSupportInPlace(InPlaceOn, InPlaceOn.AddDays(days), Actors.Planner, OnTheDay).ShouldSucceed();

        Assert.Equal(InPlaceOn.AddDays(days), scenario.Plan.NextReviewDue);
    }

    [Theory]
    [InlineData(41)]
    [InlineData(85)]
    public void R19_a_first_review_date_outside_the_window_is_refused(int days)
    {
        var scenario = PlanScenario.AgreedPlan();

        var result = scenario.Plan.MarkSupportInPlace(InPlaceOn, InPlaceOn.AddDays(days), Actors.KeyWorker, OnTheDay);

        var error = result.ShouldFailWith<ReviewDateOutsideWindowError>();
        Assert.Equal(InPlaceOn.AddDays(42), error.Earliest);
        Assert.Equal(InPlaceOn.AddDays(84), error.Latest);
        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        Assert.Null(scenario.Plan.NextReviewDue);
    }

    [Fact]
    public void R19_the_window_is_configurable_within_6_to_12_weeks()
    {
        var scenario = PlanScenario.AgreedPlan();
        var window = new FirstReviewWindow(8, 10);

        scenario.Plan.MarkSupportInPlace(InPlaceOn, null, Actors.KeyWorker, OnTheDay, window).ShouldSucceed();

        Assert.Equal(InPlaceOn.AddDays(70), scenario.Plan.NextReviewDue);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirstReviewWindow(4, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirstReviewWindow(8, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirstReviewWindow(10, 8));
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.ChangesRequired)]
    [InlineData(PlanStatus.Active)]
    public void R19_support_cannot_be_marked_in_place_unless_the_plan_is_agreed(PlanStatus status)
    {
        var scenario = status switch
        {
            PlanStatus.Draft => PlanScenario.ReadyToSubmit(),
            PlanStatus.Submitted => PlanScenario.SubmittedPlan(),
            PlanStatus.ChangesRequired => PlanScenario.SubmittedPlan().Decline(),
            _ => PlanScenario.ActivePlan(),
        };
        Assert.Equal(status, scenario.Plan.Status);
        var before = scenario.Plan.History.Count;

        var result = scenario.Plan.MarkSupportInPlace(InPlaceOn, null, Actors.KeyWorker, OnTheDay);

        Assert.Equal(status, result.ShouldFailWith<InvalidTransitionError>().From);
        Assert.Equal(before, scenario.Plan.History.Count);
    }

    [Fact]
    public void R19_support_cannot_have_been_in_place_before_the_plan_was_agreed()
    {
        var scenario = PlanScenario.AgreedPlan();

        var result = scenario.Plan.MarkSupportInPlace(Clock.Today.AddDays(-1), null, Actors.KeyWorker, Clock.Now);

        Assert.Equal(Clock.Today, result.ShouldFailWith<SupportInPlaceBeforeAgreementError>().AgreedOn);
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    public void R19_only_council_staff_or_a_support_planner_record_support_in_place(ActorRole role)
    {
        var scenario = PlanScenario.AgreedPlan();

        var result = scenario.Plan.MarkSupportInPlace(InPlaceOn, null, new Actor("x", "X", role), OnTheDay);

        result.ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
    }

    [Fact]
    public void R19_an_agreed_revision_of_an_active_plan_needs_no_new_support_in_place()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        scenario.Add(Items.Extra(Money.FromPounds(100)));
        scenario.Submit().Agree();

        var again = scenario.Plan.MarkSupportInPlace(new DateOnly(2026, 5, 4), null, Actors.KeyWorker, new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(PlanStatus.Active, again.ShouldFailWith<InvalidTransitionError>().From);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(InPlaceOn, scenario.Plan.SupportInPlaceOn);
    }
}
