namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>A clock that reads the same instant until a test moves it, so demo dates and snapshots are stable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public static DateTimeOffset DemoNow { get; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
