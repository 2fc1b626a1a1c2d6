using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

/// <summary>R19: support is recorded as in place once it is, never ahead of time.</summary>
public class R19_SupportInPlaceNotInFutureTests
{
    [Fact]
    public void R19_support_cannot_be_marked_in_place_after_today()
    {
        var scenario = PlanScenario.AgreedPlan();

        var result = scenario.Plan.MarkSupportInPlace(Clock.Today.AddDays(1), null, Actors.KeyWorker, Clock.Now);

        var error = result.ShouldFailWith<SupportInPlaceInFutureError>();
        Assert.Equal((Clock.Today.AddDays(1), Clock.Today), (error.InPlaceOn, error.Today));
        Assert.Equal("SUPPORT_IN_PLACE_IN_FUTURE", error.Code);
        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        Assert.Null(scenario.Plan.SupportInPlaceOn);
        Assert.Null(scenario.Plan.NextReviewDue);
    }

    [Fact]
    public void R19_support_marked_in_place_today_is_accepted()
    {
        var scenario = PlanScenario.AgreedPlan();

        scenario.Plan.MarkSupportInPlace(Clock.Today, null, Actors.KeyWorker, Clock.Now).ShouldSucceed();

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void R19_a_future_date_is_refused_with_the_other_date_errors_at_once()
    {
        var scenario = PlanScenario.AgreedPlan();
        var inPlaceOn = Clock.Today.AddDays(3);

        var result = scenario.Plan.MarkSupportInPlace(inPlaceOn, inPlaceOn.AddDays(7), Actors.KeyWorker, Clock.Now);

        Assert.Equal(["SUPPORT_IN_PLACE_IN_FUTURE", "REVIEW_DATE_OUTSIDE_WINDOW"], result.Errors.Select(e => e.Code));
    }
}
