using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R07_VersioningTests
{
    [Fact]
    public void R07_agreed_version_is_never_edited()
    {
        var scenario = PlanScenario.AgreedPlan();
        var agreed = scenario.Version;
        var item = agreed.SupportItems[0];
        var a = scenario.Assessment;
        var who = Actors.Person;
        var now = Clock.Now;

        Result[] attempts =
        [
            scenario.Plan.UpdateAnswers(PlanAnswers.Empty, null, who, now),
            scenario.Plan.AddSupportItem(a, Items.PersonalCare, who, now).ToResult(),
            scenario.Plan.UpdateSupportItem(a, item.Id, Items.PersonalCare with { Quantity = 1 }, who, now).ToResult(),
            scenario.Plan.RemoveSupportItem(item.Id, who, now),
            scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.FamilyOrFriend, "Mo"), who, now).ToResult(),
            scenario.Plan.RecordRiskMitigation(a, a.Risks[0].Id, "new", who, now).ToResult(),
            scenario.Plan.ConfirmOwnDecisions(who, now),
            scenario.Plan.ConfirmBestInterests("yes", Actors.KeyWorker, now),
        ];

        Assert.All(attempts, r => Assert.Equal(VersionStatus.Agreed, r.ShouldFailWith<VersionNotEditableError>().Status));
        Assert.Equal(3, agreed.SupportItems.Count);
        Assert.Equal(PlanScenario.AllAnswers, agreed.Answers);
        Assert.Equal(7, item.Quantity);
    }

    [Fact]
    public void R07_a_change_to_an_agreed_plan_is_a_new_revision_with_its_content()
    {
        var scenario = PlanScenario.ActivePlan();
        var agreed = scenario.Version;
        scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.FamilyOrFriend, "Mo"), Actors.Person, Clock.Now).ToResult()
            .ShouldFailWith<VersionNotEditableError>();

        var revision = scenario.Plan.StartRevision(PlanPreparer.PersonWithHelp, Actors.Planner, Clock.Now, "Wants evening help").ShouldSucceed();

        Assert.Equal(2, revision.Number);
        Assert.Equal(VersionStatus.Draft, revision.Status);
        Assert.Equal(PlanPreparer.PersonWithHelp, revision.PreparedBy);
        Assert.Equal(Actors.Planner.Subject, revision.AuthorSubject);
        Assert.Equal(agreed.Answers, revision.Answers);
        Assert.Equal(agreed.SupportItems.Select(i => i.Description), revision.SupportItems.Select(i => i.Description));
        Assert.Empty(revision.SupportItems.Select(i => i.Id).Intersect(agreed.SupportItems.Select(i => i.Id)));
        Assert.Equal(agreed.RiskMitigations.Select(m => m.RiskId), revision.RiskMitigations.Select(m => m.RiskId));
        Assert.Equal(agreed.TotalAnnualCost, revision.TotalAnnualCost);
        Assert.Empty(revision.Decisions);
        Assert.Same(revision, scenario.Plan.CurrentVersion);
        Assert.Same(agreed, scenario.Plan.AgreedVersion);
        Assert.Equal(VersionStatus.Agreed, agreed.Status);
        Assert.True(scenario.Plan.IsRevisionInProgress);
        Assert.Equal("Wants evening help", scenario.Plan.History[^1].Reason);
    }

    [Fact]
    public void R07_editing_a_revision_leaves_the_agreed_version_untouched()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        var agreed = scenario.Plan.AgreedVersion!;

        var revisedItem = scenario.Version.SupportItems[0];
        scenario.Plan.UpdateSupportItem(scenario.Assessment, revisedItem.Id, Items.PersonalCare with { Quantity = 3 }, Actors.Person, Clock.Now).ShouldSucceed();

        Assert.Equal(7, agreed.SupportItems[0].Quantity);
        Assert.Equal(Items.CoveringTotal, agreed.TotalAnnualCost);
        Assert.NotEqual(agreed.TotalAnnualCost, scenario.Version.TotalAnnualCost);
    }

    [Fact]
    public void R07_only_one_revision_at_a_time()
    {
        var scenario = PlanScenario.ActivePlan().Revise();

        var result = scenario.Plan.StartRevision(PlanPreparer.Person, Actors.Person, Clock.Now).ToResult();

        var error = result.ShouldFailWith<InvalidTransitionError>();
        Assert.Equal(2, error.VersionNumber);
        Assert.Equal(VersionStatus.Draft, error.VersionStatus);
        Assert.Equal(2, scenario.Plan.Versions.Count);
    }
}
