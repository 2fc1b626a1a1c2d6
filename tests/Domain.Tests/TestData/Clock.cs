namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>A fixed "now"; the domain never reads the clock itself.</summary>
internal static class Clock
{
    public static DateTimeOffset Now { get; } = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Now.Date);
}
