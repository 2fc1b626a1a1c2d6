using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R18_RevisionTests
{
    [Fact]
    public void R18_an_agreed_revision_replaces_the_version_in_force()
    {
        var scenario = PlanScenario.ActivePlan();
        var first = scenario.Version;
        scenario.Revise();
        scenario.Add(Items.Extra(Money.FromPounds(500)));

        scenario.Submit().Agree(Actors.OtherKeyWorker);

        Assert.Equal(VersionStatus.Superseded, first.Status);
        Assert.Equal(2, scenario.Plan.AgreedVersion!.Number);
        Assert.Equal(Items.CoveringTotal + Money.FromPounds(500), scenario.Plan.PersonalBudget);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.False(scenario.Plan.IsRevisionInProgress);
    }

    [Fact]
    public void R18_a_declined_revision_leaves_the_last_agreed_version_in_force()
    {
        var scenario = PlanScenario.ActivePlan();
        var inForce = scenario.Version;
        scenario.Revise();
        scenario.Add(Items.Extra(Money.FromPounds(500)));
        scenario.Submit();

        scenario.Decline();

        Assert.Same(inForce, scenario.Plan.AgreedVersion);
        Assert.Equal(VersionStatus.Agreed, inForce.Status);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.PersonalBudget);
        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(VersionStatus.ChangesRequired, scenario.Version.Status);
        Assert.True(scenario.Plan.IsRevisionInProgress);
        Assert.Contains("stays in force", scenario.Plan.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.BudgetStatement().TotalAnnualCost);
    }

    [Fact]
    public void R18_a_revision_is_refused_agreement_like_any_plan()
    {
        var scenario = PlanScenario.ActivePlan().Revise();
        scenario.Add(Items.Extra(Money.FromPounds(2_000)));
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        result.ShouldFailWith<CarePlanGraph.Domain.Agreement.OverBudgetError>();
        Assert.Equal(1, scenario.Plan.AgreedVersion!.Number);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.PersonalBudget);
    }

    [Fact]
    public void R18_working_on_a_revision_keeps_the_plan_in_its_current_status()
    {
        var scenario = PlanScenario.ActivePlan().Revise().Submit();

        Assert.Equal(PlanStatus.Active, scenario.Plan.Status);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
        var submitted = scenario.Plan.History[^1];
        Assert.Equal(PlanEventKind.Submitted, submitted.Kind);
        Assert.Equal(2, submitted.VersionNumber);
        Assert.Equal(PlanStatus.Active, submitted.FromStatus);
        Assert.Equal(PlanStatus.Active, submitted.ToStatus);
    }

    [Fact]
    public void R18_a_declined_revision_can_be_changed_and_agreed()
    {
        var scenario = PlanScenario.ActivePlan().Revise().Submit().Decline();
        scenario.Add(Items.Extra(Money.FromPounds(100)));

        scenario.Submit().Agree();

        Assert.Equal(2, scenario.Plan.AgreedVersion!.Number);
        Assert.Equal(Items.CoveringTotal + Money.FromPounds(100), scenario.Plan.PersonalBudget);
    }
}
