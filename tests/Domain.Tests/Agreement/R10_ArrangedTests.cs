using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R10_ArrangedTests
{
    [Fact]
    public void R10_every_item_arranged_with_a_provider_passes()
    {
        var scenario = PlanScenario.ReadyToSubmit();

        Assert.True(scenario.Check(AgreementCheck.Arranged).Passed);
        Assert.All(scenario.Version.SupportItems, i => Assert.True(i.IsArranged));
    }

    [Fact]
    public void R10_item_that_does_not_say_how_it_is_arranged_or_who_provides_it_blocks_agreement()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var noArrangement = scenario.Add(Items.Extra(Money.FromPounds(10)) with { Arrangement = null });
        var noProvider = scenario.Add(Items.Extra(Money.FromPounds(10)) with { Description = "Taxi fares", ProviderName = "  " });
        var neither = scenario.Add(Items.Extra(Money.FromPounds(10)) with { Description = "Cleaner", Arrangement = null, ProviderName = null });
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var errors = result.Errors.OfType<UnarrangedItemError>().ToArray();
        Assert.Equal([noArrangement.Id, noProvider.Id, neither.Id], errors.Select(e => e.ItemId));
        Assert.Equal((true, false), (errors[0].ArrangementMissing, errors[0].ProviderMissing));
        Assert.Equal((false, true), (errors[1].ArrangementMissing, errors[1].ProviderMissing));
        Assert.Equal("\"Cleaner\" does not say how it is arranged or who provides it.", errors[2].Message);
    }

    [Fact]
    public void R10_a_plan_with_no_support_items_is_not_arranged()
    {
        var check = PlanScenario.Draft().AnswerAll().Check(AgreementCheck.Arranged);

        Assert.IsType<NoSupportItemsError>(Assert.Single(check.Errors));
    }

    [Fact]
    public void R10_management_option_follows_from_the_items()
    {
        var scenario = PlanScenario.Draft();
        Assert.Equal(ManagementOption.NotDecided, scenario.Version.ManagementOption);

        scenario.Add(Items.MealsAssistant);
        Assert.Equal(ManagementOption.DirectPayment, scenario.Version.ManagementOption);

        scenario.Add(Items.CommunityCentre);
        Assert.Equal(ManagementOption.DirectPayment, scenario.Version.ManagementOption);

        scenario.Add(Items.PersonalCare);
        Assert.Equal(ManagementOption.Combination, scenario.Version.ManagementOption);
    }

    [Theory]
    [InlineData(SupportArrangement.DirectPayment, ManagementOption.DirectPayment)]
    [InlineData(SupportArrangement.SelfOrFamilyOrganised, ManagementOption.DirectPayment)]
    [InlineData(SupportArrangement.OrganisationHelps, ManagementOption.DirectPayment)]
    [InlineData(SupportArrangement.CouncilArranged, ManagementOption.CouncilManaged)]
    [InlineData(SupportArrangement.IndividualServiceFund, ManagementOption.IndividualServiceFund)]
    public void R10_each_arrangement_belongs_to_one_management_route(SupportArrangement arrangement, ManagementOption option)
    {
        Assert.Equal(option, arrangement.ManagementRoute());
        Assert.Equal(option, ManagementOptionExtensions.FromArrangements([arrangement, null]));
        Assert.False(string.IsNullOrWhiteSpace(arrangement.Describe()));
    }

    [Fact]
    public void R10_council_managed_and_individual_service_fund_together_are_a_combination()
    {
        Assert.Equal(
            ManagementOption.Combination,
            ManagementOptionExtensions.FromArrangements([SupportArrangement.CouncilArranged, SupportArrangement.IndividualServiceFund]));
        Assert.Equal(
            ManagementOption.CouncilManaged,
            ManagementOptionExtensions.FromArrangements([SupportArrangement.CouncilArranged, SupportArrangement.CouncilArranged]));
    }
}
