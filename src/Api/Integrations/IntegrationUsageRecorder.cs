using System.Collections.Concurrent;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Counts each integration's use per day — requests, errors, requests refused by its rate limit, and the operations it
/// ran — in memory, and adds them to <see cref="IntegrationUsage"/> rows in one transaction every
/// <see cref="IntegrationsOptions.UsageFlushInterval"/> and when the host stops: a database write per request would cap
/// throughput (the audit log's lesson). Counts not yet flushed are lost if the process is killed; usage is for
/// understanding traffic, not billing. The upsert adds, so several instances' batches add up.
/// </summary>
public sealed partial class IntegrationUsageRecorder(
    TimeProvider time,
    IServiceScopeFactory scopes,
    IOptions<IntegrationsOptions> options,
    ILogger<IntegrationUsageRecorder> logger) : BackgroundService
{
    public const int MaxOperationLength = 200;

    private readonly ConcurrentDictionary<(Guid Integration, DateOnly Day, string Operation), Counts> _byIntegration = new();
    private readonly ConcurrentDictionary<(string ClientAppId, DateOnly Day), Counts> _throttled = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    /// <summary>A request the integration made: its operation and whether it was answered with errors.</summary>
    public void Request(Id<Integration> integration, string operation, bool failed)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var key = (integration.Value, Today, operation.Length <= MaxOperationLength ? operation : operation[..MaxOperationLength]);
        var counts = _byIntegration.GetOrAdd(key, _ => new Counts());
        Interlocked.Increment(ref counts.Requests);
        if (failed)
        {
            Interlocked.Increment(ref counts.Errors);
        }
    }

    /// <summary>A request of the application <paramref name="clientAppId"/> was refused by its rate limit (429).</summary>
    public void Throttled(string clientAppId)
    {
        ArgumentNullException.ThrowIfNull(clientAppId);
        Interlocked.Increment(ref _throttled.GetOrAdd((clientAppId, Today), _ => new Counts()).Throttled);
    }

    /// <summary>Adds what was counted since the last flush to the database, in one transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = Drain(_byIntegration).Select(r => (r.Key.Integration, r.Key.Day, r.Key.Operation, Counts: r.Value)).ToList();
            var throttled = Drain(_throttled);
            if (rows.Count == 0 && throttled.Count == 0)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            if (throttled.Count > 0)
            {
                var appIds = throttled.Select(t => Guid.TryParse(t.Key.ClientAppId, out var id) ? id : Guid.Empty).Distinct().ToList();
                var integrations = await db.Integrations.AsNoTracking().Where(i => appIds.Contains(i.ClientAppId))
                    .Select(i => new { i.ClientAppId, i.Id }).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var ((clientAppId, day), counts) in throttled)
                {
                    if (integrations.Find(i => Guid.TryParse(clientAppId, out var id) && i.ClientAppId == id) is { } integration)
                    {
                        rows.Add((integration.Id.Value, day, string.Empty, counts));
                    }
                }
            }

            // Raw parameters carry no EF type mapping: give the id as each provider stores it (SQLite: upper-case text).
            var sqlite = db.Database.IsSqlite();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (id, day, operation, counts) in rows)
            {
                object integration = sqlite ? id.ToString().ToUpperInvariant() : id;
                // The same statement on SQLite and PostgreSQL: insert, or add to the row already there.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO "IntegrationUsage" ("IntegrationId", "Day", "Operation", "Requests", "Errors", "Throttled")
                    VALUES ({integration}, {day}, {operation}, {counts.Requests}, {counts.Errors}, {counts.Throttled})
                    ON CONFLICT ("IntegrationId", "Day", "Operation") DO UPDATE SET
                        "Requests" = "IntegrationUsage"."Requests" + excluded."Requests",
                        "Errors" = "IntegrationUsage"."Errors" + excluded."Errors",
                        "Throttled" = "IntegrationUsage"."Throttled" + excluded."Throttled"
                    """,
                    cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.UsageFlushInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await FlushQuietlyAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushQuietlyAsync(cancellationToken).ConfigureAwait(false);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task FlushQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Usage is best effort: a failed batch is logged and dropped, never retried into a growing backlog.
            LogFlushFailed(logger, exception);
        }
    }

    private static List<KeyValuePair<TKey, Counts>> Drain<TKey>(ConcurrentDictionary<TKey, Counts> counters)
        where TKey : notnull
    {
        var drained = new List<KeyValuePair<TKey, Counts>>();
        foreach (var key in counters.Keys)
        {
            if (counters.TryRemove(key, out var counts))
            {
                drained.Add(new KeyValuePair<TKey, Counts>(key, counts));
            }
        }

        return drained;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Integration usage counts could not be written; this batch is dropped.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);

    private sealed class Counts
    {
        public long Requests;
        public long Errors;
        public long Throttled;
    }
}
