namespace CarePlanGraph.Api.Complaints;

/// <summary>
/// Complaint timescales (R25), bound from the <c>Complaints</c> section. <c>Complaints:BankHolidays</c> lists the days
/// (<c>yyyy-MM-dd</c>) that are not working days; left out, the bank holidays of England and Wales for 2026 and 2027.
/// </summary>
public sealed class ComplaintsOptions
{
    public const string SectionName = "Complaints";

    /// <summary>The bank holidays of England and Wales, 2026 and 2027 (with substitute days).</summary>
    public static IReadOnlyList<DateOnly> EnglandAndWales { get; } =
    [
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
    ];

    /// <summary>The configured bank holidays; null or empty for <see cref="EnglandAndWales"/>.</summary>
    public IList<DateOnly>? BankHolidays { get; init; }

    public IReadOnlyList<DateOnly> EffectiveBankHolidays => BankHolidays is { Count: > 0 } configured ? [.. configured] : EnglandAndWales;
}
