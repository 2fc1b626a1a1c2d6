using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R34_UnpaidSupportTests
{
    /// <summary>Evening meals cooked by the person's husband, who lives with her: unpaid, so no Direct Payment rule applies.</summary>
    private static SupportItemDetails HusbandCooks(Money? cost = null) => new(
        "Evening meals cooked by my husband",
        cost ?? Money.Zero,
        CostFrequency.Daily,
        7,
        SupportArrangement.Unpaid,
        null,
        "William, my husband",
        [AssessmentBuilder.Meals.Id],
        [AssessmentBuilder.StayAtHome.Id],
        PayeeRelationship.SpouseOrPartner,
        PayeeLivesWithPerson: true);

    private static SupportItemDetails Befriending { get; } = new(
        "Weekly befriending visit",
        Money.Zero,
        CostFrequency.Weekly,
        1,
        SupportArrangement.Unpaid,
        null,
        "Age Friendly Hythe volunteers",
        [],
        [AssessmentBuilder.SeeFriends.Id]);

    [Fact]
    public void R34_unpaid_support_with_a_cost_is_refused_and_nothing_changes()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, HusbandCooks(Money.FromPounds(10)), Actors.Person, scenario.Now).ToResult();

        Assert.Equal(Money.FromPounds(10), result.ShouldFailWith<UnpaidSupportCostError>().UnitCost);
        Assert.Empty(scenario.Version.SupportItems);
    }

    [Fact]
    public void R34_changing_unpaid_support_to_have_a_cost_is_refused()
    {
        var scenario = PlanScenario.Draft();
        var item = scenario.Add(HusbandCooks());

        var result = scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, HusbandCooks(new Money(1)), Actors.Person, scenario.Now).ToResult();

        result.ShouldFailWith<UnpaidSupportCostError>();
        Assert.Equal(Money.Zero, scenario.Version.SupportItems.Single().UnitCost);
    }

    [Fact]
    public void R34_unpaid_support_meets_a_need_and_an_outcome_for_the_effective_check()
    {
        var scenario = PlanScenario.Draft().AnswerAll().MitigateAllRisks();
        scenario.Add(Items.PersonalCare);
        scenario.Add(HusbandCooks());
        scenario.Add(Befriending);

        Assert.True(scenario.Check(AgreementCheck.Effective).Passed);
        Assert.True(scenario.Check(AgreementCheck.Arranged).Passed);
        Assert.Equal(Items.PersonalCare.AnnualCost, scenario.Version.TotalAnnualCost);
        Assert.Equal(Items.PersonalCare.AnnualCost, scenario.Plan.BudgetStatement().TotalAnnualCost);
    }

    [Fact]
    public void R34_unpaid_support_must_name_who_gives_it()
    {
        var scenario = PlanScenario.Draft();
        scenario.Add(Befriending with { ProviderName = null });

        Assert.False(scenario.Check(AgreementCheck.Arranged).Passed);
    }

    [Fact]
    public void R34_unpaid_help_does_not_change_how_the_budget_is_managed()
    {
        var scenario = PlanScenario.Draft();
        scenario.Add(Items.MealsAssistant);
        Assert.Equal(ManagementOption.DirectPayment, scenario.Version.ManagementOption);

        scenario.Add(Befriending);

        Assert.Equal(ManagementOption.DirectPayment, scenario.Version.ManagementOption);
        Assert.Equal(ManagementOption.Combination, ManagementOptionExtensions.FromArrangements([SupportArrangement.DirectPayment, SupportArrangement.CouncilArranged, SupportArrangement.Unpaid]));
    }

    [Fact]
    public void R34_an_unpaid_spouse_living_with_the_person_is_not_a_restricted_direct_payment()
    {
        var scenario = PlanScenario.Draft();
        var item = scenario.Add(HusbandCooks());

        Assert.False(item.IsRestrictedDirectPayment);
        Assert.True(scenario.Check(AgreementCheck.Lawful).Passed);
    }

    [Fact]
    public void R34_persons_copy_says_unpaid_help_is_given_freely_and_not_paid_from_the_budget()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Add(Befriending);
        scenario.Submit().Agree();

        var copy = scenario.Plan.PersonsCopy(scenario.Assessment).ShouldSucceed();

        var line = copy.Lines.Single(l => l.Arrangement == SupportArrangement.Unpaid);
        Assert.Equal("given freely by Age Friendly Hythe volunteers, not paid for from your budget", line.HowArranged);
        Assert.Contains("   How it is arranged: given freely by Age Friendly Hythe volunteers, not paid for from your budget\n   How often: once a week\n", copy.Text, StringComparison.Ordinal);
        Assert.Contains("   Cost: nothing to your budget\n", copy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Age Friendly Hythe volunteers, paid for with your Direct Payment", copy.Text, StringComparison.Ordinal);
        Assert.Equal(Items.CoveringTotal, copy.Budget.TotalAnnualCost);
    }
}
