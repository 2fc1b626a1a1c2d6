using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Assessments;

public class R01_AssessmentTests
{
    [Fact]
    public void R01_assessment_records_needs_outcomes_and_risks()
    {
        var assessment = new AssessmentBuilder().WithSignificantRisk().Build();

        Assert.Equal([AssessmentBuilder.Washing, AssessmentBuilder.Meals], assessment.Needs);
        Assert.Equal([AssessmentBuilder.StayAtHome, AssessmentBuilder.SeeFriends], assessment.Outcomes);
        Assert.Equal(2, assessment.Risks.Count);
        Assert.Single(assessment.Risks, r => r.IsSignificant);
    }

    [Fact]
    public void R01_plan_is_written_against_one_assessment()
    {
        var scenario = PlanScenario.Draft();

        Assert.Equal(scenario.Assessment.Id, scenario.Plan.AssessmentId);
        Assert.Equal(scenario.Assessment.PersonId, scenario.Plan.PersonId);
    }

    [Fact]
    public void R01_a_command_given_another_assessment_is_a_programmer_error()
    {
        var scenario = PlanScenario.Draft();
        var other = new AssessmentBuilder().Build();

        Assert.Throws<ArgumentException>(() => scenario.Plan.AddSupportItem(other, Items.PersonalCare, Actors.Person, Clock.Now));
        Assert.Throws<ArgumentException>(() => scenario.Plan.EvaluateAgreement(other));
    }

    [Fact]
    public void R01_support_item_for_a_need_or_outcome_not_in_the_assessment_is_refused()
    {
        var scenario = PlanScenario.Draft();
        var strangerNeed = Id<EligibleNeed>.New();
        var strangerOutcome = Id<DesiredOutcome>.New();
        var details = Items.PersonalCare with { NeedsMet = [AssessmentBuilder.Washing.Id, strangerNeed], OutcomesMet = [strangerOutcome] };

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, details, Actors.Person, Clock.Now).ToResult();

        Assert.Equal(strangerNeed, result.ShouldFailWith<UnknownNeedError>().NeedId);
        Assert.Equal(strangerOutcome, result.ShouldFailWith<UnknownOutcomeError>().OutcomeId);
        Assert.Empty(scenario.Version.SupportItems);
    }

    [Fact]
    public void R01_assessment_refuses_a_negative_budget_or_contribution()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentBuilder().WithBudget(new Money(-1)).Build());
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentBuilder().WithContribution(new Money(-1)).Build());
        Assert.Throws<ArgumentNullException>(() => new Assessment(Id<Assessment>.New(), Id<Person>.New(), Clock.Today, Money.Zero, Money.Zero, null!, [], []));
    }
}
