using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Domain.Tests.Complaints;

public class WorkingCalendarTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 6)]
    [InlineData(5, 9)]
    public void R25_working_days_skip_weekends(int workingDays, int expectedDayOfNovember)
    {
        Assert.Equal(new DateOnly(2026, 11, expectedDayOfNovember), WorkingCalendar.WeekendsOnly.AddWorkingDays(Monday, workingDays));
    }

    [Theory]
    [InlineData(6, 11)]
    [InlineData(7, 11)]
    [InlineData(8, 11)]
    public void R25_counting_from_a_friday_or_weekend_starts_on_monday(int dayOfNovember, int expectedDayOfNovember)
    {
        Assert.Equal(new DateOnly(2026, 11, expectedDayOfNovember), WorkingCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 11, dayOfNovember), 3));
    }

    [Fact]
    public void R25_configured_bank_holidays_are_not_working_days()
    {
        var christmas = new WorkingCalendar([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

        Assert.False(christmas.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.True(christmas.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.Equal(new DateOnly(2026, 12, 31), christmas.AddWorkingDays(new DateOnly(2026, 12, 24), 3));
        Assert.Equal(2, christmas.WorkingDaysAfter(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void R25_working_days_are_never_counted_backwards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.WeekendsOnly.AddWorkingDays(Monday, -1));
    }
}
