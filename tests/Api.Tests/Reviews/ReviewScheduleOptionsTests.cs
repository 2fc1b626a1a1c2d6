using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Tests.Reviews;

public sealed class ReviewScheduleOptionsTests
{
    [Fact]
    public void R20_the_first_review_window_defaults_to_6_to_12_weeks_and_can_be_narrowed()
    {
        Assert.Equal((6, 12), (new ReviewScheduleOptions().Window.EarliestWeeks, new ReviewScheduleOptions().Window.LatestWeeks));
        var narrowed = new ReviewScheduleOptions { FirstReviewEarliestWeeks = 8, FirstReviewLatestWeeks = 10 };
        Assert.True(narrowed.IsValid);
        Assert.Equal(new DateOnly(2027, 1, 11), narrowed.Window.DueDate(new DateOnly(2026, 11, 2)));
    }

    [Theory]
    [InlineData(4, 12)]
    [InlineData(6, 16)]
    [InlineData(10, 8)]
    public void R20_a_window_outside_6_to_12_weeks_is_refused_at_startup(int earliest, int latest)
    {
        using var factory = new CarePlanApiFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Reviews:FirstReviewEarliestWeeks", earliest.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Reviews:FirstReviewLatestWeeks", latest.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("6 to 12 weeks", refusal.Message, StringComparison.Ordinal);
    }
}
