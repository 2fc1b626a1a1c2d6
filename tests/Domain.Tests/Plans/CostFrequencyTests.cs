using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Plans;

public class CostFrequencyTests
{
    [Theory]
    [InlineData(CostFrequency.Hourly, 52)]
    [InlineData(CostFrequency.Daily, 52)]
    [InlineData(CostFrequency.PerSession, 52)]
    [InlineData(CostFrequency.Weekly, 52)]
    [InlineData(CostFrequency.Fortnightly, 26)]
    [InlineData(CostFrequency.FourWeekly, 13)]
    [InlineData(CostFrequency.Monthly, 12)]
    [InlineData(CostFrequency.Quarterly, 4)]
    [InlineData(CostFrequency.Annually, 1)]
    [InlineData(CostFrequency.OneOff, 1)]
    public void R04_annual_multiplier_follows_the_declared_52_week_year(CostFrequency frequency, int timesAYear)
    {
        Assert.Equal(timesAYear, frequency.TimesAYear());
    }

    [Fact]
    public void R04_every_frequency_has_a_multiplier()
    {
        Assert.All(Enum.GetValues<CostFrequency>(), f => Assert.InRange(f.TimesAYear(), 1, 52));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CostFrequency)99).TimesAYear());
    }

    [Theory]
    [InlineData(CostFrequency.Hourly, 2500L, 7, 910000L)]
    [InlineData(CostFrequency.Daily, 6000L, 5, 1560000L)]
    [InlineData(CostFrequency.PerSession, 3000L, 2, 312000L)]
    [InlineData(CostFrequency.Weekly, 4000L, 1, 208000L)]
    [InlineData(CostFrequency.Fortnightly, 10000L, 1, 260000L)]
    [InlineData(CostFrequency.FourWeekly, 13000L, 1, 169000L)]
    [InlineData(CostFrequency.Monthly, 5000L, 2, 120000L)]
    [InlineData(CostFrequency.Quarterly, 30000L, 1, 120000L)]
    [InlineData(CostFrequency.Annually, 45000L, 1, 45000L)]
    [InlineData(CostFrequency.OneOff, 80000L, 1, 80000L)]
    public void R04_support_item_annual_cost_is_unit_cost_times_quantity_times_periods(CostFrequency frequency, long unitPence, int quantity, long annualPence)
    {
        var details = Items.Extra(new Money(unitPence), frequency, quantity);

        Assert.Equal(new Money(annualPence), details.AnnualCost);
    }

    [Fact]
    public void R04_weekly_cost_spreads_the_annual_cost_over_52_weeks_to_the_penny()
    {
        var scenario = PlanScenario.Draft();

        var monthly = scenario.Add(Items.Extra(Money.FromPounds(100), CostFrequency.Monthly));

        Assert.Equal(Money.FromPounds(1_200), monthly.AnnualCost);
        Assert.Equal(new Money(2308), monthly.WeeklyCost);
    }

    [Theory]
    [InlineData(CostFrequency.Hourly, 1, "1 hour a week at £22.50 an hour")]
    [InlineData(CostFrequency.Hourly, 10, "10 hours a week at £22.50 an hour")]
    [InlineData(CostFrequency.Daily, 3, "3 days a week at £22.50 a day")]
    [InlineData(CostFrequency.PerSession, 2, "2 sessions a week at £22.50 a session")]
    [InlineData(CostFrequency.Weekly, 1, "£22.50 a week")]
    [InlineData(CostFrequency.Fortnightly, 2, "2 at £22.50 each every two weeks")]
    [InlineData(CostFrequency.FourWeekly, 1, "£22.50 every four weeks")]
    [InlineData(CostFrequency.Monthly, 1, "£22.50 a month")]
    [InlineData(CostFrequency.Quarterly, 1, "£22.50 every three months")]
    [InlineData(CostFrequency.Annually, 1, "£22.50 a year")]
    [InlineData(CostFrequency.OneOff, 1, "£22.50 once")]
    public void R16_frequencies_read_as_plain_words(CostFrequency frequency, int quantity, string expected)
    {
        Assert.Equal(expected, frequency.Describe(quantity, new Money(2250)));
    }
}
