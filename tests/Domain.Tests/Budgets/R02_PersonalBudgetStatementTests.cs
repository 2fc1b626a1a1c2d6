using CarePlanGraph.Domain.Budgets;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Tests.Budgets;

public class R02_PersonalBudgetStatementTests
{
    [Fact]
    public void R02_indicative_budget_is_allocated_before_the_plan_is_written()
    {
        var scenario = PlanScenario.Draft();

        Assert.Equal(Money.FromPounds(17_000), scenario.Plan.IndicativeBudget);
        Assert.Equal(Money.FromPounds(2_080), scenario.Plan.AssessedContribution);
        Assert.Null(scenario.Plan.PersonalBudget);
    }

    [Fact]
    public void R02_statement_before_agreement_measures_against_the_indicative_budget()
    {
        var statement = PlanScenario.ReadyToSubmit().Plan.BudgetStatement();

        Assert.Equal(BudgetBasis.Indicative, statement.Basis);
        Assert.Equal(Money.FromPounds(17_000), statement.Budget);
        Assert.Equal(Money.FromPounds(16_120), statement.TotalAnnualCost);
        Assert.Equal(Money.FromPounds(310), statement.TotalWeeklyCost);
        Assert.Equal(Money.FromPounds(2_080), statement.PersonContribution);
        Assert.Equal(Money.FromPounds(40), statement.PersonWeeklyContribution);
        Assert.Equal(Money.FromPounds(14_040), statement.CouncilShare);
        Assert.Equal(Money.FromPounds(270), statement.CouncilWeeklyShare);
        Assert.Equal(Money.FromPounds(880), statement.Remaining);
        Assert.True(statement.IsWithinBudget);
        Assert.Equal(Money.Zero, statement.OverBudgetBy);
    }

    [Fact]
    public void R02_final_personal_budget_is_set_when_the_plan_is_agreed()
    {
        var scenario = PlanScenario.AgreedPlan();

        var statement = scenario.Plan.BudgetStatement();

        Assert.Equal(Items.CoveringTotal, scenario.Plan.PersonalBudget);
        Assert.Equal(BudgetBasis.Final, statement.Basis);
        Assert.Equal(Items.CoveringTotal, statement.Budget);
        Assert.Equal(Money.FromPounds(14_040), statement.CouncilShare);
    }

    [Fact]
    public void R02_declined_plan_has_no_final_budget()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        Assert.Null(scenario.Plan.PersonalBudget);
        Assert.Equal(BudgetBasis.Indicative, scenario.Plan.BudgetStatement().Basis);
    }

    [Fact]
    public void R02_council_share_is_never_negative_when_the_contribution_exceeds_the_cost()
    {
        var statement = PersonalBudgetStatement.Create(BudgetBasis.Indicative, Money.FromPounds(5_000), Money.FromPounds(3_000), Money.FromPounds(4_000));

        Assert.Equal(Money.FromPounds(4_000), statement.AssessedContribution);
        Assert.Equal(Money.FromPounds(3_000), statement.PersonContribution);
        Assert.Equal(Money.Zero, statement.CouncilShare);
        Assert.Equal(Money.Zero, statement.CouncilWeeklyShare);
        Assert.False(statement.CouncilShare.IsNegative);
    }

    [Fact]
    public void R02_over_budget_statement_shows_how_far_over()
    {
        var statement = PersonalBudgetStatement.Create(BudgetBasis.Indicative, Money.FromPounds(17_000), Money.FromPounds(18_450), Money.Zero);

        Assert.False(statement.IsWithinBudget);
        Assert.Equal(Money.FromPounds(1_450), statement.OverBudgetBy);
        Assert.Equal(Money.FromPounds(-1_450), statement.Remaining);
        Assert.Equal(Money.FromPounds(18_450), statement.CouncilShare);
    }

    [Fact]
    public void R02_weekly_figures_use_the_declared_52_week_year_and_add_up()
    {
        var statement = PersonalBudgetStatement.Create(BudgetBasis.Final, Money.FromPounds(10_000), Money.FromPounds(10_000), Money.FromPounds(1_000));

        Assert.Equal(new Money(19231), statement.TotalWeeklyCost);
        Assert.Equal(new Money(1923), statement.PersonWeeklyContribution);
        Assert.Equal(statement.TotalWeeklyCost, statement.PersonWeeklyContribution + statement.CouncilWeeklyShare);
    }

    [Fact]
    public void R02_negative_figures_are_a_programmer_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PersonalBudgetStatement.Create(BudgetBasis.Indicative, Money.FromPounds(1), new Money(-1), Money.Zero));
    }
}
