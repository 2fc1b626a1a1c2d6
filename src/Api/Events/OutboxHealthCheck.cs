using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// The outbox's part of <c>/health/ready</c>: how many events wait to be published and how long the oldest has waited.
/// Degraded (still 200) when the oldest is older than <see cref="PlanEventsOptions.OutboxPendingAgeLimit"/>: events
/// are not leaving, but changes still succeed, so the instance stays in rotation while an operator is told.
/// </summary>
/// <remarks>
/// Counts and an age only: nothing about whose plans the events are. The count reads the dispatcher's index on
/// <c>DispatchedAt</c>, so it stays cheap however many dispatched rows are kept.
/// </remarks>
internal sealed class OutboxHealthCheck(CarePlanDbContext db, TimeProvider time, IOptions<PlanEventsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DispatchedAt == null);
        var count = await pending.CountAsync(cancellationToken).ConfigureAwait(false);
        var oldest = count == 0 ? (DateTimeOffset?)null
            : await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var age = oldest is { } createdAt ? time.GetUtcNow() - createdAt : TimeSpan.Zero;
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        var data = new Dictionary<string, object>
        {
            ["pending"] = count,
            ["oldestPendingSeconds"] = Math.Round(age.TotalSeconds),
        };
        var limit = options.Value.OutboxPendingAgeLimit;
        return age > limit
            ? HealthCheckResult.Degraded($"The oldest pending event has waited longer than {limit}.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}
