using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R09_AffordableTests
{
    [Fact]
    public void R09_total_cost_within_budget_is_affordable()
    {
        Assert.True(PlanScenario.ReadyToSubmit().Check(AgreementCheck.Affordable).Passed);
    }

    [Fact]
    public void R09_total_cost_exactly_the_budget_is_affordable()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Add(Items.Extra(Money.FromPounds(880)));

        Assert.Equal(scenario.Plan.IndicativeBudget, scenario.Version.TotalAnnualCost);
        Assert.True(scenario.Check(AgreementCheck.Affordable).Passed);
        scenario.Submit().Agree();
    }

    [Fact]
    public void R09_total_cost_over_budget_blocks_agreement()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Add(Items.Extra(Money.FromPounds(2_330)));
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var error = result.ShouldFailWith<OverBudgetError>();
        Assert.Equal(Money.FromPounds(18_450), error.Total);
        Assert.Equal(Money.FromPounds(17_000), error.Allocated);
        Assert.Equal(Money.FromPounds(1_450), error.OverBy);
        Assert.Equal("Total £18,450.00 a year is £1,450.00 over the allocated £17,000.00", error.Message);
        Assert.Equal("OVER_BUDGET", error.Code);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
        Assert.Null(scenario.Plan.PersonalBudget);
    }
}
