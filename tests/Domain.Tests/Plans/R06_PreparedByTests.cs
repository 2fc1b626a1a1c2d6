using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R06_PreparedByTests
{
    [Theory]
    [InlineData(PlanPreparer.Person)]
    [InlineData(PlanPreparer.PersonWithHelp)]
    [InlineData(PlanPreparer.FamilyOrFriend)]
    [InlineData(PlanPreparer.ServiceProvider)]
    [InlineData(PlanPreparer.IndependentSupportPlanner)]
    [InlineData(PlanPreparer.KeyWorker)]
    [InlineData(PlanPreparer.SomeoneElseOnBehalf)]
    public void R06_who_prepared_the_plan_is_recorded(PlanPreparer preparer)
    {
        var scenario = PlanScenario.Draft(preparedBy: preparer, author: Actors.Planner);

        Assert.Equal(preparer, scenario.Version.PreparedBy);
        Assert.Equal(Actors.Planner.Subject, scenario.Version.AuthorSubject);
        Assert.Equal(Actors.Planner.Name, scenario.Version.AuthorName);
    }

    [Fact]
    public void R06_who_prepared_it_can_be_corrected_while_drafting()
    {
        var scenario = PlanScenario.Draft();

        scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers, PlanPreparer.PersonWithHelp, Actors.Person, Clock.Now).ShouldSucceed();

        Assert.Equal(PlanPreparer.PersonWithHelp, scenario.Version.PreparedBy);
    }

    [Fact]
    public void R06_who_prepared_a_submitted_version_cannot_change()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var result = scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers, PlanPreparer.KeyWorker, Actors.Person, Clock.Now);

        result.ShouldFailWith<VersionNotEditableError>();
        Assert.Equal(PlanPreparer.Person, scenario.Version.PreparedBy);
    }

    [Fact]
    public void R06_everyone_who_changed_the_content_is_remembered()
    {
        var scenario = PlanScenario.Draft().AnswerAll();
        scenario.Add(Items.PersonalCare, Actors.Planner);
        scenario.Add(Items.MealsAssistant, Actors.Planner);

        Assert.Equal([Actors.Person.Subject, Actors.Planner.Subject], scenario.Version.ContributorSubjects);
        Assert.True(scenario.Version.IsAuthoredBy(Actors.Planner.Subject));
        Assert.False(scenario.Version.IsAuthoredBy(Actors.KeyWorker.Subject));
        Assert.Equal(Clock.Now, scenario.Version.LastEditedAt);
    }
}
