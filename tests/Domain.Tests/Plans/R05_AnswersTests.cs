using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R05_AnswersTests
{
    [Fact]
    public void R05_plan_answers_the_seven_questions_in_order()
    {
        var scenario = PlanScenario.Draft().AnswerAll();

        var answers = scenario.Version.Answers.InOrder();

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], answers.Select(a => a.Number));
        Assert.Equal(PlanScenario.AllAnswers.ManagingSupport, answers[4].Answer);
        Assert.Empty(scenario.Version.Answers.Unanswered());
        Assert.True(scenario.Version.Answers.IsComplete);
        Assert.Equal(7, PlanQuestions.All.Count);
        Assert.StartsWith("How do you plan to manage your support", PlanQuestions.Text(5), StringComparison.Ordinal);
    }

    [Fact]
    public void R05_whitespace_only_answer_counts_as_unanswered()
    {
        var answers = PlanScenario.AllAnswers with { WhatIsWorking = "   ", StayingInControl = null };

        Assert.Equal([2, 7], answers.Unanswered());
        Assert.False(answers.IsComplete);
    }

    [Fact]
    public void R05_an_answer_longer_than_the_limit_is_refused()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers with { WhatToChange = new string('a', PlanQuestions.MaxAnswerLength + 1) }, null, Actors.Person, Clock.Now);

        Assert.Equal("answer3", result.ShouldFailWith<TextTooLongError>().Field);
        Assert.Equal(PlanAnswers.Empty, scenario.Version.Answers);
    }

    [Fact]
    public void R05_questions_are_numbered_one_to_seven()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanQuestions.Text(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanQuestions.Text(0));
    }
}
