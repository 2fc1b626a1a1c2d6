using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Plans;

/// <summary>R18 with R19–R20: agreeing a revision of a plan whose support is already in place.</summary>
public class R18_RevisionOfSupportInPlaceTests
{
    [Fact]
    public void R18_agreeing_a_revision_of_an_active_plan_keeps_it_active_with_its_review_schedule()
    {
        var scenario = PlanScenario.ActivePlan();
        var inPlaceOn = scenario.Plan.SupportInPlaceOn;
        var reviewDue = scenario.Plan.NextReviewDue;
        scenario.Revise().Later(TimeSpan.FromDays(20));
        scenario.Add(Items.Extra(Money.FromPounds(200)));

        scenario.Submit().Agree(Actors.OtherKeyWorker);

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal((inPlaceOn, reviewDue), (scenario.Plan.SupportInPlaceOn, scenario.Plan.NextReviewDue));
        var agreed = scenario.Plan.History.Single(e => e.Kind == PlanEventKind.Agreed && e.VersionNumber == 2);
        Assert.Equal((PlanStatus.Active, PlanStatus.Active), (agreed.FromStatus, agreed.ToStatus));
        Assert.DoesNotContain(scenario.Plan.History, e => e.ToStatus == PlanStatus.Agreed && e.FromStatus == PlanStatus.Active);
        Assert.Equal(DateOnly.FromDateTime(scenario.Now.UtcDateTime), scenario.Plan.AgreedVersion!.InForceFrom);
        Assert.Equal(2, scenario.Plan.AgreedVersion.Number);
    }

    [Fact]
    public void R18_R21_a_review_can_be_requested_after_a_revision_of_an_active_plan_is_agreed()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        scenario.Add(Items.Extra(Money.FromPounds(50)));
        scenario.Submit().Agree(Actors.OtherKeyWorker);

        ReviewRequest.Create(scenario.Plan, [ReviewGround.NeedsChanged], "My needs changed again.", Actors.Person, scenario.Now).ShouldSucceed();
    }

    [Fact]
    public void R18_a_revision_agreed_while_a_review_is_open_keeps_the_plan_under_review_then_active_when_it_is_signed()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        scenario.On(ReviewScenarios.InPlaceOn.AddDays(60));
        var review = scenario.StartReview();
        scenario.Revise();
        scenario.Add(Items.Extra(Money.FromPounds(50)));

        scenario.Submit().Agree(Actors.OtherKeyWorker);

        Assert.Equal(PlanStatus.UnderReview, scenario.Plan.Status);
        scenario.CompleteAndSign(review);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }

    [Fact]
    public void R18_a_revision_of_a_plan_whose_support_is_not_yet_in_place_is_agreed_as_before()
    {
        var scenario = PlanScenario.AgreedPlan().Revise();
        scenario.Add(Items.Extra(Money.FromPounds(50)));

        scenario.Submit().Agree(Actors.OtherKeyWorker);

        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        scenario.PutInPlace();
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
    }
}
