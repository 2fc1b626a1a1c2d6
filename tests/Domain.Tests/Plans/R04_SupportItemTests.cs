using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class R04_SupportItemTests
{
    [Fact]
    public void R04_support_item_records_cost_frequency_needs_provider_and_arrangement()
    {
        var scenario = PlanScenario.Draft();

        var item = scenario.Add(Items.PersonalCare with { Description = "  Personal care each morning  ", ProviderName = " Sunrise Care " });

        Assert.Equal("Personal care each morning", item.Description);
        Assert.Equal(Money.FromPounds(25), item.UnitCost);
        Assert.Equal(CostFrequency.Hourly, item.Frequency);
        Assert.Equal(7, item.Quantity);
        Assert.Equal(SupportArrangement.CouncilArranged, item.Arrangement);
        Assert.Equal(Items.Sunrise, item.ProviderId);
        Assert.Equal("Sunrise Care", item.ProviderName);
        Assert.Equal([AssessmentBuilder.Washing.Id], item.NeedsMet);
        Assert.Equal([AssessmentBuilder.StayAtHome.Id], item.OutcomesMet);
        Assert.Equal(Money.FromPounds(9_100), item.AnnualCost);
        Assert.Equal(Money.FromPounds(175), item.WeeklyCost);
        Assert.Equal(Money.FromPounds(9_100), scenario.Version.TotalAnnualCost);
    }

    [Fact]
    public void R03_unpaid_support_at_no_cost_belongs_in_the_plan()
    {
        var item = PlanScenario.Draft().Add(Items.Extra(Money.Zero, CostFrequency.Weekly));

        Assert.Equal(Money.Zero, item.AnnualCost);
    }

    [Fact]
    public void R03_negative_cost_is_refused()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.Extra(new Money(-1)), Actors.Person, Clock.Now).ToResult();

        Assert.Equal(new Money(-1), result.ShouldFailWith<NegativeCostError>().UnitCost);
        Assert.Equal("NEGATIVE_COST", result.Errors[0].Code);
    }

    [Fact]
    public void R04_unit_cost_at_the_cap_is_accepted_and_above_it_refused()
    {
        var scenario = PlanScenario.Draft();
        scenario.Add(Items.Extra(Money.FromPounds(100_000), CostFrequency.OneOff));

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.Extra(Money.FromPounds(100_000) + new Money(1), CostFrequency.OneOff), Actors.Person, Clock.Now).ToResult();

        var error = result.ShouldFailWith<UnitCostAboveLimitError>();
        Assert.Equal(SupportItemLimits.MaxUnitCost, error.Limit);
    }

    [Fact]
    public void R04_absurd_annual_cost_is_refused()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.Extra(Money.FromPounds(1_000), CostFrequency.Hourly, 168), Actors.Person, Clock.Now).ToResult();

        var error = result.ShouldFailWith<AnnualCostAboveLimitError>();
        Assert.Equal(Money.FromPounds(8_736_000), error.AnnualCost);
        Assert.Equal(Money.FromPounds(5_000_000), error.Limit);
    }

    [Fact]
    public void R04_version_total_above_the_cap_is_refused()
    {
        var scenario = PlanScenario.Draft();
        scenario.Add(Items.Extra(Money.FromPounds(90_000), CostFrequency.Monthly, 4));

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.Extra(Money.FromPounds(90_000), CostFrequency.Monthly, 1), Actors.Person, Clock.Now).ToResult();

        Assert.Equal(Money.FromPounds(5_400_000), result.ShouldFailWith<VersionTotalAboveLimitError>().TotalAnnualCost);
    }

    [Theory]
    [InlineData(CostFrequency.Hourly, 168)]
    [InlineData(CostFrequency.Daily, 7)]
    [InlineData(CostFrequency.PerSession, 28)]
    [InlineData(CostFrequency.Weekly, 50)]
    [InlineData(CostFrequency.Monthly, 1)]
    public void R04_quantity_within_the_frequency_bounds_is_accepted(CostFrequency frequency, int quantity)
    {
        var item = PlanScenario.Draft().Add(Items.Extra(Money.FromPounds(1), frequency, quantity));

        Assert.Equal(quantity, item.Quantity);
    }

    [Theory]
    [InlineData(CostFrequency.Hourly, 169, 168)]
    [InlineData(CostFrequency.Daily, 8, 7)]
    [InlineData(CostFrequency.PerSession, 29, 28)]
    [InlineData(CostFrequency.Fortnightly, 51, 50)]
    [InlineData(CostFrequency.Hourly, 0, 168)]
    [InlineData(CostFrequency.OneOff, -1, 50)]
    public void R04_quantity_outside_the_frequency_bounds_is_refused(CostFrequency frequency, int quantity, int maximum)
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.Extra(Money.FromPounds(1), frequency, quantity), Actors.Person, Clock.Now).ToResult();

        var error = result.ShouldFailWith<QuantityOutOfRangeError>();
        Assert.Equal(1, error.Minimum);
        Assert.Equal(maximum, error.Maximum);
        Assert.Equal(frequency, error.Frequency);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void R04_empty_or_whitespace_description_is_refused(string description)
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.PersonalCare with { Description = description }, Actors.Person, Clock.Now).ToResult();

        Assert.Equal("description", result.ShouldFailWith<RequiredTextMissingError>().Field);
    }

    [Fact]
    public void R04_overlong_description_is_refused()
    {
        var scenario = PlanScenario.Draft();

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, Items.PersonalCare with { Description = new string('x', 201) }, Actors.Person, Clock.Now).ToResult();

        Assert.Equal(201, result.ShouldFailWith<TextTooLongError>().ActualLength);
    }

    [Fact]
    public void R04_individual_service_fund_needs_its_provider_organisation()
    {
        var scenario = PlanScenario.Draft();
        var isf = Items.PersonalCare with { Arrangement = SupportArrangement.IndividualServiceFund, ProviderId = null };

        var refused = scenario.Plan.AddSupportItem(scenario.Assessment, isf, Actors.Person, Clock.Now).ToResult();
        var accepted = scenario.Plan.AddSupportItem(scenario.Assessment, isf with { ProviderId = Items.Sunrise }, Actors.Person, Clock.Now);

        Assert.Equal(SupportArrangement.IndividualServiceFund, refused.ShouldFailWith<ProviderRequiredError>().Arrangement);
        accepted.ShouldSucceed();
    }

    [Fact]
    public void R04_every_problem_with_an_item_is_reported_at_once()
    {
        var scenario = PlanScenario.Draft();
        var details = Items.PersonalCare with
        {
            Description = " ",
            UnitCost = new Money(-100),
            Quantity = 200,
            Arrangement = SupportArrangement.IndividualServiceFund,
            ProviderId = null,
            NeedsMet = [Id<CarePlanGraph.Domain.Assessments.EligibleNeed>.New()],
        };

        var result = scenario.Plan.AddSupportItem(scenario.Assessment, details, Actors.Person, Clock.Now);

        Assert.Equal(
            ["REQUIRED_TEXT_MISSING", "NEGATIVE_COST", "QUANTITY_OUT_OF_RANGE", "UNKNOWN_NEED", "PROVIDER_REQUIRED"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void R04_update_checks_the_new_details_the_same_way()
    {
        var scenario = PlanScenario.Draft();
        var item = scenario.Add(Items.PersonalCare);

        var refused = scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, Items.PersonalCare with { Quantity = 169 }, Actors.Person, Clock.Now).ToResult();
        var updated = scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, Items.PersonalCare with { Quantity = 10 }, Actors.Person, Clock.Now).ShouldSucceed();

        refused.ShouldFailWith<QuantityOutOfRangeError>();
        Assert.Equal(10, updated.Quantity);
        Assert.Equal(Money.FromPounds(13_000), scenario.Version.TotalAnnualCost);
    }

    [Fact]
    public void R04_updating_or_removing_an_item_not_in_the_version_is_refused()
    {
        var scenario = PlanScenario.Draft();
        var stranger = Id<SupportItem>.New();

        scenario.Plan.UpdateSupportItem(scenario.Assessment, stranger, Items.PersonalCare, Actors.Person, Clock.Now).ToResult()
            .ShouldFailWith<SupportItemNotFoundError>();
        scenario.Plan.RemoveSupportItem(stranger, Actors.Person, Clock.Now).ShouldFailWith<SupportItemNotFoundError>();
    }

    [Fact]
    public void R04_removed_item_no_longer_counts()
    {
        var scenario = PlanScenario.Draft();
        var item = scenario.Add(Items.PersonalCare);
        scenario.Add(Items.MealsAssistant);

        scenario.Plan.RemoveSupportItem(item.Id, Actors.Person, Clock.Now).ShouldSucceed();

        Assert.Equal(Money.FromPounds(3_900), scenario.Version.TotalAnnualCost);
    }

    [Fact]
    public void R04_item_details_round_trip_for_partial_edits()
    {
        var item = PlanScenario.Draft().Add(Items.PaidRelative(PayeeRelationship.CloseRelative, livesWithPerson: true));

        Assert.Equal(Items.PaidRelative(PayeeRelationship.CloseRelative, livesWithPerson: true).Description, item.ToDetails().Description);
        Assert.Equal(PayeeRelationship.CloseRelative, item.ToDetails().PayeeRelationship);
        Assert.True(item.ToDetails().PayeeLivesWithPerson);
    }

    [Fact]
    public void R04_the_total_the_version_keeps_is_the_sum_of_its_items_after_any_adds_changes_and_removals()
    {
        // The total is stored so lists can filter on it in the database: it must never drift from the items.
        var random = new Random(4);
        var frequencies = Enum.GetValues<CostFrequency>();
        for (var run = 0; run < 20; run++)
        {
            var scenario = PlanScenario.Draft();
            for (var step = 0; step < 12; step++)
            {
                var details = Items.Extra(new Money(random.Next(0, 50_000)), frequencies[random.Next(frequencies.Length)], random.Next(1, 8));
                var items = scenario.Version.SupportItems;
                switch (random.Next(3))
                {
                    case 1 when items.Count > 0:
                        scenario.Plan.UpdateSupportItem(scenario.Assessment, items[random.Next(items.Count)].Id, details, Actors.Person, Clock.Now).ShouldSucceed();
                        break;
                    case 2 when items.Count > 0:
                        scenario.Plan.RemoveSupportItem(items[random.Next(items.Count)].Id, Actors.Person, Clock.Now).ShouldSucceed();
                        break;
                    default:
                        scenario.Add(details);
                        break;
                }

                Assert.Equal(scenario.Version.SupportItems.Aggregate(Money.Zero, (sum, item) => sum + item.AnnualCost), scenario.Version.TotalAnnualCost);
            }
        }
    }

    [Fact]
    public void R18_a_revision_starts_with_the_agreed_versions_total()
    {
        var scenario = PlanScenario.ActivePlan();
        var agreed = scenario.Version.TotalAnnualCost;

        scenario.Plan.StartRevision(PlanPreparer.Person, Actors.Person, Clock.Now).ShouldSucceed();

        Assert.NotEqual(Money.Zero, agreed);
        Assert.Equal(agreed, scenario.Plan.CurrentVersion.TotalAnnualCost);
    }
}
