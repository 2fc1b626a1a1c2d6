using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R08_CompleteTests
{
    [Fact]
    public void R08_all_seven_questions_answered_passes_complete()
    {
        var check = PlanScenario.ReadyToSubmit().Check(AgreementCheck.Complete);

        Assert.True(check.Passed);
    }

    [Fact]
    public void R08_unanswered_and_blank_questions_block_agreement()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers with { WhatToChange = "  ", SpendingTheBudget = null }, null, Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var errors = result.Errors.OfType<UnansweredQuestionError>().ToArray();
        Assert.Equal([3, 6], errors.Select(e => e.QuestionNumber));
        Assert.Equal(PlanQuestions.Text(3), errors[0].Question);
        Assert.Equal("UNANSWERED_QUESTION", errors[0].Code);
        Assert.Equal(AgreementCheck.Complete, errors[0].Check);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
    }
}
