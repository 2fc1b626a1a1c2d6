using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// The one way plan events leave the process: publishes the outbox's pending rows to the <see cref="IPlanEventBus"/>,
/// in order per plan, and marks them dispatched. It runs when a change is committed (<see cref="WakeAsync"/>) and polls
/// as a fallback, so rows a crashed instance committed but never published go out when any instance next runs.
/// With several instances, a dispatcher first claims rows with a lease, and never claims a plan's rows while another
/// dispatcher's lease on that plan holds: each plan's events are published by one dispatcher at a time, in order. A row
/// is published again only if its dispatcher died between publishing and marking it, which is why subscribers
/// de-duplicate by event id (<see cref="PlanEventFanOut"/>). Dispatched rows are kept for
/// <see cref="PlanEventsOptions.OutboxRetention"/>, then deleted a bounded batch at a time.
/// </summary>
/// <remarks>
/// How rows are claimed depends on the database. On PostgreSQL a dispatcher locks the oldest pending row of each plan
/// (the plan's head) with <c>FOR UPDATE SKIP LOCKED</c> and, in the same statement, leases all that plan's pending
/// rows: two dispatchers claiming at once never wait for each other (each skips the heads the other is locking), and
/// because a plan is claimed through its head, one dispatcher never takes some of a plan's rows while another holds
/// the rest. A conditional UPDATE alone is not enough there: under READ COMMITTED its "no other lease on this plan"
/// subquery reads the statement's snapshot, so a concurrent claim of the same plan could slip past it. SQLite has no
/// row locks (one writer at a time serialises the conditional UPDATE), so it keeps the portable UPDATE. The lease
/// itself stays on both: publishing happens outside any transaction (Redis may be down for minutes), so the lock
/// only guards the claim and the lease guards the publishing.
/// </remarks>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IPlanEventBus bus,
    IOptions<PlanEventsOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>How many dispatched rows one DELETE removes: short statements, so pruning never holds locks for long.</summary>
    internal const int PruneBatchSize = 1000;

    /// <summary>At most this many batches per pruning, so a large backlog is worked off over several passes.</summary>
    private const int PruneBatchesPerPass = 10;

    /// <summary>Pruning is cheap but needless on every poll; it runs at most this often per instance.</summary>
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);

    private readonly PlanEventsOptions _options = options.Value;
    private readonly WakeSignal _signal = new();
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastPruneTimestamp;

    // Claimed rows are found by this instance's owner name, so two passes of one instance at once would publish them twice.
    private readonly SemaphoreSlim _onePass = new(1, 1);

    /// <summary>Identifies this dispatcher's leases: unique per process start.</summary>
    public string Owner { get; } = WakeSignal.NewLeaseOwner();

    /// <summary>
    /// Asks for a dispatch pass now. The task completes when a pass that started after this call has finished (so it
    /// saw every change committed before the call), or at once when this instance does not dispatch.
    /// </summary>
    public Task WakeAsync()
    {
        if (!_options.DispatcherEnabled)
        {
            return Task.CompletedTask;
        }

        var pass = Volatile.Read(ref _nextPass).Task;
        _signal.Ring();
        return pass;
    }

    public override void Dispose()
    {
        _onePass.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            LogDisabled(logger);
            return;
        }

        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = Interlocked.Exchange(ref _nextPass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            bool allSent;
            try
            {
                allSent = await DispatchPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                pass.TrySetResult();
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(logger, exception);
                allSent = false;
            }

            pass.TrySetResult();
            await PruneIfDueAsync(stoppingToken).ConfigureAwait(false);

            // Pending rows left (the bus or the database is down): try again soon, backing off up to the poll interval.
            var wait = allSent ? _options.DispatchPollInterval : retry;
            retry = allSent ? FirstRetry : TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, _options.DispatchPollInterval.Ticks));
            await _signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Claims, publishes and marks the pending rows; true when none is left pending for this dispatcher.</summary>
    internal async Task<bool> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await _onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await DispatchPendingOnceAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _onePass.Release();
        }
    }

    private async Task<bool> DispatchPendingOnceAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var outbox = db.Set<OutboxMessage>();

            // Leases are compared across instances, so they use real time, never the application's (test) clock.
            var now = TimeProvider.System.GetUtcNow();
            var until = now + _options.DispatchLease;
            var owner = Owner;

            if (db.Database.IsNpgsql())
            {
                await ClaimWithRowLocksAsync(db, owner, now, until, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Claim: pending rows that nobody else holds, of plans none of whose rows anybody else holds.
                await outbox
                    .Where(m => m.DispatchedAt == null
                        && (m.LeaseOwner == owner || m.LeaseUntil == null || m.LeaseUntil < now)
                        && !outbox.Any(other => other.PlanId == m.PlanId && other.DispatchedAt == null && other.LeaseOwner != owner && other.LeaseUntil >= now))
                    .OrderBy(m => m.PlanId).ThenBy(m => m.Sequence).Take(BatchSize)
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken)
                    .ConfigureAwait(false);
            }

            var claimed = await outbox.AsNoTracking()
                .Where(m => m.LeaseOwner == owner && m.DispatchedAt == null)
                .OrderBy(m => m.PlanId).ThenBy(m => m.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            var allSent = true;
            foreach (var plan in claimed.GroupBy(m => m.PlanId))
            {
                foreach (var message in plan)
                {
                    try
                    {
                        await bus.PublishAsync(PlanEventJson.Deserialize(message.Payload), cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // The plan's later events wait for this one: order per plan matters more than speed.
                        LogPublishFailed(logger, exception, message.PlanId, message.EventId);
                        allSent = false;
                        break;
                    }

                    // The application's clock, as for CreatedAt: retention and the pending-age signal compare with it.
                    var sentAt = time.GetUtcNow();
                    await outbox.Where(m => m.EventId == message.EventId)
                        .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, sentAt), CancellationToken.None)
                        .ConfigureAwait(false);
                }
            }

            return allSent && claimed.Count < BatchSize;
        }
    }

    /// <summary>
    /// PostgreSQL: locks the head (oldest pending row) of up to <see cref="BatchSize"/> plans that no live lease holds,
    /// skipping heads another dispatcher is locking, and leases those plans' pending rows in the same statement (see the
    /// remarks on the class). The outer conditions are checked again against the latest row versions, so a row another
    /// dispatcher claimed or published meanwhile is left alone.
    /// </summary>
    private static Task<int> ClaimWithRowLocksAsync(CarePlanDbContext db, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            WITH heads AS (
                SELECT head."PlanId" FROM "OutboxMessages" AS head
                WHERE head."DispatchedAt" IS NULL
                  AND (head."LeaseOwner" = {owner} OR head."LeaseUntil" IS NULL OR head."LeaseUntil" < {now})
                  AND NOT EXISTS (SELECT 1 FROM "OutboxMessages" AS earlier
                                  WHERE earlier."PlanId" = head."PlanId" AND earlier."DispatchedAt" IS NULL AND earlier."Sequence" < head."Sequence")
                ORDER BY head."CreatedAt", head."PlanId"
                LIMIT {BatchSize}
                FOR UPDATE OF head SKIP LOCKED)
            UPDATE "OutboxMessages" AS claimed SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
            WHERE claimed."DispatchedAt" IS NULL
              AND (claimed."LeaseOwner" = {owner} OR claimed."LeaseUntil" IS NULL OR claimed."LeaseUntil" < {now})
              AND claimed."EventId" IN (SELECT pending."EventId" FROM "OutboxMessages" AS pending JOIN heads ON heads."PlanId" = pending."PlanId"
                                    WHERE pending."DispatchedAt" IS NULL
                                    ORDER BY pending."PlanId", pending."Sequence"
                                    LIMIT {BatchSize})
            """, cancellationToken);

    private async Task PruneIfDueAsync(CancellationToken stoppingToken)
    {
        var last = Interlocked.Read(ref _lastPruneTimestamp);
        if (last != 0 && TimeProvider.System.GetElapsedTime(last) < PruneEvery)
        {
            return;
        }

        Interlocked.Exchange(ref _lastPruneTimestamp, TimeProvider.System.GetTimestamp());
        try
        {
            await PruneAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPruneFailed(logger, exception);
        }
    }

    /// <summary>
    /// Deletes rows dispatched longer than <see cref="PlanEventsOptions.OutboxRetention"/> ago (by the application's
    /// clock), oldest first, <see cref="PruneBatchSize"/> per statement and at most a few batches per call; returns how
    /// many went. Pending rows, and rows whose webhook deliveries are not made yet, are never deleted, whatever their age.
    /// </summary>
    internal async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - _options.OutboxRetention;
        var deleted = 0;
        for (var batch = 0; batch < PruneBatchesPerPass; batch++)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var outbox = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>();
                var old = outbox.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff && m.WebhooksStagedAt != null)
                    .OrderBy(m => m.DispatchedAt).Take(PruneBatchSize).Select(m => m.EventId);
                var count = await outbox.Where(m => old.Contains(m.EventId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                deleted += count;
                if (count < PruneBatchSize)
                {
                    break;
                }
            }
        }

        if (deleted > 0)
        {
            LogPruned(logger, deleted, _options.OutboxRetention);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox dispatcher is disabled on this instance (Events:DispatcherEnabled=false): its events wait for another instance to publish them.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} outbox rows dispatched more than {Retention} ago.")]
    private static partial void LogPruned(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting old dispatched outbox rows failed; it is tried again later.")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed; pending events stay in the outbox and are retried.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan {PlanId}: event {EventId} could not be published yet; it stays in the outbox and is retried.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid planId, Guid eventId);
}
