using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R11_EffectiveTests
{
    [Fact]
    public void R11_every_need_and_outcome_met_by_an_item_passes()
    {
        Assert.True(PlanScenario.ReadyToSubmit().Check(AgreementCheck.Effective).Passed);
    }

    [Fact]
    public void R11_unmet_need_and_outcome_block_agreement()
    {
        var scenario = PlanScenario.Draft().AnswerAll().MitigateAllRisks();
        scenario.Add(Items.PersonalCare);
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var need = result.ShouldFailWith<UnmetNeedError>();
        Assert.Equal(AssessmentBuilder.Meals.Id, need.NeedId);
        Assert.Equal(EligibilityOutcome.ManagingNutrition, need.Area);
        Assert.Equal("No support item meets the eligible need \"Help to prepare meals\".", need.Message);
        var outcome = result.ShouldFailWith<UnmetOutcomeError>();
        Assert.Equal(AssessmentBuilder.SeeFriends.Id, outcome.OutcomeId);
        Assert.Equal(AgreementCheck.Effective, outcome.Check);
    }
}
