using System.Globalization;

namespace CarePlanGraph.Domain.Common;

/// <summary>
/// An amount of pounds sterling held as whole pence (R03). Never a double, never a decimal column.
/// </summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    public const string Currency = "GBP";

    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static Money Zero => new(0);

    public static Money FromPounds(long pounds) => new(checked(pounds * 100));

    public bool IsNegative => Pence < 0;

    /// <summary>"£1,234.56", or "-£12.00" for a negative amount.</summary>
    public string Formatted
    {
        get
        {
            var magnitude = Pence == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(Pence);
            var pounds = magnitude / 100;
            var pence = magnitude % 100;
            var sign = Pence < 0 ? "-" : string.Empty;
            return string.Create(UkCulture, $"{sign}£{pounds:N0}.{pence:00}");
        }
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Pence + right.Pence));

    public static Money operator -(Money left, Money right) => new(checked(left.Pence - right.Pence));

    public static Money operator *(Money amount, long times) => new(checked(amount.Pence * times));

    public static bool operator <(Money left, Money right) => left.Pence < right.Pence;

    public static bool operator >(Money left, Money right) => left.Pence > right.Pence;

    public static bool operator <=(Money left, Money right) => left.Pence <= right.Pence;

    public static bool operator >=(Money left, Money right) => left.Pence >= right.Pence;

    public static Money Max(Money left, Money right) => left >= right ? left : right;

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(long times) => this * times;

    /// <summary>Divides, rounding half away from zero to the nearest penny.</summary>
    public Money DivideRounded(long divisor)
    {
        if (divisor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), "Divide money by a positive whole number.");
        }

        var quotient = Math.DivRem(Pence, divisor, out var remainder);
        if (Math.Abs(remainder) * 2 >= divisor)
        {
            quotient += Math.Sign(Pence);
        }

        return new Money(quotient);
    }

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    public override string ToString() => Formatted;
}
