using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void R03_money_is_held_as_whole_pence_of_sterling()
    {
        var amount = Money.FromPounds(12) + new Money(34);

        Assert.Equal(1234L, amount.Pence);
        Assert.Equal("GBP", Money.Currency);
        Assert.Equal(typeof(long), typeof(Money).GetProperty(nameof(Money.Pence))!.PropertyType);
    }

    [Fact]
    public void R03_arithmetic_that_overflows_is_a_programmer_error_not_a_wrapped_amount()
    {
        var huge = new Money(long.MaxValue);

        Assert.Throws<OverflowException>(() => huge + new Money(1));
        Assert.Throws<OverflowException>(() => Money.FromPounds(long.MaxValue / 10));
    }

    [Theory]
    [InlineData(123456L, "£1,234.56")]
    [InlineData(0L, "£0.00")]
    [InlineData(5L, "£0.05")]
    [InlineData(100000000L, "£1,000,000.00")]
    [InlineData(-1200L, "-£12.00")]
    [InlineData(-1L, "-£0.01")]
    public void Formats_as_pounds_with_thousands_separators_and_two_decimals(long pence, string expected)
    {
        Assert.Equal(expected, new Money(pence).Formatted);
        Assert.Equal(expected, new Money(pence).ToString());
    }

    [Fact]
    public void Formats_the_most_negative_amount_without_overflowing()
    {
        Assert.Equal("-£92,233,720,368,547,758.08", new Money(long.MinValue).Formatted);
    }

    [Fact]
    public void Negative_amounts_say_so()
    {
        Assert.True(new Money(-1).IsNegative);
        Assert.False(Money.Zero.IsNegative);
        Assert.Equal(new Money(-500), Money.FromPounds(10) - Money.FromPounds(15));
    }

    [Theory]
    [InlineData(5L, 2L, 3L)]
    [InlineData(-5L, 2L, -3L)]
    [InlineData(4L, 3L, 1L)]
    [InlineData(-4L, 3L, -1L)]
    [InlineData(100L, 52L, 2L)]
    [InlineData(78L, 52L, 2L)]
    [InlineData(77L, 52L, 1L)]
    [InlineData(0L, 7L, 0L)]
    public void DivideRounded_rounds_half_away_from_zero_to_the_penny(long pence, long divisor, long expected)
    {
        Assert.Equal(new Money(expected), new Money(pence).DivideRounded(divisor));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-52L)]
    public void DivideRounded_by_zero_or_a_negative_number_is_a_programmer_error(long divisor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(1).DivideRounded(divisor));
    }

    [Fact]
    public void Compares_orders_and_picks_the_larger_or_smaller()
    {
        var one = Money.FromPounds(1);
        var two = Money.FromPounds(2);

        Assert.True(one < two);
        Assert.True(two >= one);
        Assert.Equal(two, Money.Max(one, two));
        Assert.Equal(one, Money.Min(one, two));
        Assert.Equal(new[] { one, two }, new[] { two, one }.Order());
        Assert.Equal(Money.FromPounds(6), two * 3);
        Assert.Equal(Money.FromPounds(3), one.Add(two));
        Assert.Equal(one, two.Subtract(one));
        Assert.Equal(Money.FromPounds(4), two.Multiply(2));
    }
}
