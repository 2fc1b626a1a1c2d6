using System.Threading.Channels;
using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// The one way plan events leave the process: publishes the outbox's pending rows to the <see cref="IPlanEventBus"/>,
/// in order per plan, and marks them dispatched. It runs when a change is committed (<see cref="WakeAsync"/>) and polls
/// as a fallback, so rows a crashed instance committed but never published go out when any instance next runs.
/// With several instances, a dispatcher first claims rows with a lease (one conditional UPDATE, the same on SQLite and
/// PostgreSQL), and never claims a plan's rows while another dispatcher's lease on that plan holds: each plan's events
/// are published by one dispatcher at a time, in order. A row is published again only if its dispatcher died between
/// publishing and marking it, which is why subscribers de-duplicate by event id (<see cref="PlanEventFanOut"/>).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IPlanEventBus bus,
    IOptions<PlanEventsOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);

    private readonly PlanEventsOptions _options = options.Value;
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Identifies this dispatcher's leases: unique per process start.</summary>
    public string Owner { get; } = $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 50)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

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
        _signal.Writer.TryWrite(true);
        return pass;
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

            // Pending rows left (the bus or the database is down): try again soon, backing off up to the poll interval.
            var wait = allSent ? _options.DispatchPollInterval : retry;
            retry = allSent ? FirstRetry : TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, _options.DispatchPollInterval.Ticks));
            await WaitForSignalAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Claims, publishes and marks the pending rows; true when none is left pending for this dispatcher.</summary>
    internal async Task<bool> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var outbox = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>();
            var now = TimeProvider.System.GetUtcNow();
            var until = now + _options.DispatchLease;
            var owner = Owner;

            // Claim: pending rows that nobody else holds, of plans none of whose rows anybody else holds.
            await outbox
                .Where(m => m.DispatchedAt == null
                    && (m.LeaseOwner == owner || m.LeaseUntil == null || m.LeaseUntil < now)
                    && !outbox.Any(other => other.PlanId == m.PlanId && other.DispatchedAt == null && other.LeaseOwner != owner && other.LeaseUntil >= now))
                .OrderBy(m => m.PlanId).ThenBy(m => m.Sequence).Take(BatchSize)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken)
                .ConfigureAwait(false);

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

                    var sentAt = TimeProvider.System.GetUtcNow();
                    await outbox.Where(m => m.EventId == message.EventId)
                        .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, sentAt), CancellationToken.None)
                        .ConfigureAwait(false);
                }
            }

            return allSent && claimed.Count < BatchSize;
        }
    }

    private async Task WaitForSignalAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(wait);
        try
        {
            await _signal.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            _signal.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a commit: look for rows anyway.
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox dispatcher is disabled on this instance (Events:DispatcherEnabled=false): its events wait for another instance to publish them.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed; pending events stay in the outbox and are retried.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan {PlanId}: event {EventId} could not be published yet; it stays in the outbox and is retried.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid planId, Guid eventId);
}
