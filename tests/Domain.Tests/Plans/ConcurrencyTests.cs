using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class ConcurrencyTests
{
    [Fact]
    public void Each_edit_counts_and_a_matching_expected_revision_is_accepted()
    {
        var scenario = PlanScenario.Draft();
        Assert.Equal(0, scenario.Version.EditRevision);

        scenario.Plan.UpdateAnswers(PlanScenario.AllAnswers, null, Actors.Person, Clock.Now, expectedRevision: 0).ShouldSucceed();
        var item = scenario.Plan.AddSupportItem(scenario.Assessment, Items.PersonalCare, Actors.Person, Clock.Now, expectedRevision: 1).ShouldSucceed();
        scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, Items.PersonalCare with { Quantity = 8 }, Actors.Person, Clock.Now, expectedRevision: 2).ShouldSucceed();
        scenario.Plan.RemoveSupportItem(item.Id, Actors.Person, Clock.Now, expectedRevision: 3).ShouldSucceed();

        Assert.Equal(4, scenario.Version.EditRevision);
    }

    [Fact]
    public void A_stale_expected_revision_is_an_edit_conflict()
    {
        var scenario = PlanScenario.Draft().AnswerAll();
        var item = scenario.Add(Items.PersonalCare);

        Result[] attempts =
        [
            scenario.Plan.UpdateAnswers(PlanAnswers.Empty, null, Actors.Person, Clock.Now, expectedRevision: 1),
            scenario.Plan.AddSupportItem(scenario.Assessment, Items.MealsAssistant, Actors.Person, Clock.Now, expectedRevision: 1).ToResult(),
            scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, Items.PersonalCare, Actors.Person, Clock.Now, expectedRevision: 1).ToResult(),
            scenario.Plan.RemoveSupportItem(item.Id, Actors.Person, Clock.Now, expectedRevision: 1),
            scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.FamilyOrFriend, "Mo"), Actors.Person, Clock.Now, expectedRevision: 1).ToResult(),
            scenario.Plan.RecordRiskMitigation(scenario.Assessment, scenario.Assessment.Risks[0].Id, "x", Actors.Person, Clock.Now, expectedRevision: 1).ToResult(),
            scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now, expectedRevision: 1),
            scenario.Plan.Submit(Actors.Person, Clock.Now, expectedRevision: 1),
        ];

        Assert.All(attempts, r =>
        {
            var conflict = r.ShouldFailWith<EditConflictError>();
            Assert.Equal(1, conflict.ExpectedRevision);
            Assert.Equal(2, conflict.ActualRevision);
        });
        Assert.Equal(2, scenario.Version.EditRevision);
        Assert.Equal(VersionStatus.Draft, scenario.Version.Status);
    }

    [Fact]
    public void The_officer_agrees_or_declines_exactly_the_revision_they_read()
    {
        var scenario = PlanScenario.SubmittedPlan();
        var seen = scenario.Version.EditRevision;

        scenario.Plan.Agree(scenario.Assessment, PlanScenario.GoodAttestation, Actors.KeyWorker, Clock.Now, expectedRevision: seen).ShouldSucceed();

        var other = PlanScenario.SubmittedPlan();
        other.Plan.Agree(other.Assessment, PlanScenario.GoodAttestation, Actors.KeyWorker, Clock.Now, expectedRevision: seen - 1).ShouldFailWith<EditConflictError>();
        other.Plan.Decline(PlanScenario.GoodDecline, Actors.KeyWorker, Clock.Now, expectedRevision: seen - 1).ShouldFailWith<EditConflictError>();
        other.Plan.Agree(other.Assessment, PlanScenario.GoodAttestation, Actors.KeyWorker, Clock.Now, expectedRevision: other.Version.EditRevision).ShouldSucceed();
    }

    [Fact]
    public void Without_an_expected_revision_the_edit_is_not_checked()
    {
        var scenario = PlanScenario.Draft().AnswerAll().AnswerAll();

        Assert.Equal(2, scenario.Version.EditRevision);
    }
}
