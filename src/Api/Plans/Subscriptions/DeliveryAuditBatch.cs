using System.Threading.Channels;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// The one place the audit rows of subscription deliveries are written (R30), by group commit: rows handed in while a
/// batch is being saved are saved together next, in one transaction of a fresh unit of work, so a change delivered to
/// thousands of subscribers costs a few transactions, not one each. <see cref="WriteAsync"/> completes once the rows
/// are saved; a delivery is sent only after that. Disposing (when the host stops) saves what is waiting.
/// <para>
/// It has the shape of the audit log's general writer (issue 13, "audit by group commit": <c>AuditWriter.WriteAsync</c>);
/// where both exist, this class can give way to it: <see cref="SubscriptionDeliveryAudit"/> is its only user.
/// </para>
/// </summary>
internal sealed partial class DeliveryAuditBatch : IAsyncDisposable
{
    /// <summary>The most rows saved in one transaction.</summary>
    private const int MaxRowsPerBatch = 10_000;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;
    private long _transactions;

    public DeliveryAuditBatch(IServiceScopeFactory scopes, ILogger<DeliveryAuditBatch> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _writing = Task.Run(WriteLoopAsync);
    }

    /// <summary>How many transactions wrote rows so far; for tests and measurements.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Saves the rows with others handed in meanwhile; completes when they are saved.</summary>
    public Task WriteAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(DeliveryAuditBatch), "The audit log no longer takes rows: the host is stopping.");
        }

        return pending.Saved.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _pending.Reader;
        var batch = new List<Pending>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            var rows = 0;
            while (rows < MaxRowsPerBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
                rows += pending.Entries.Count;
            }

            try
            {
                var scope = _scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
                    db.ChangeTracker.AutoDetectChangesEnabled = false;
                    db.AuditEntries.AddRange(batch.SelectMany(pending => pending.Entries));
                    await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                }

                Interlocked.Increment(ref _transactions);
                batch.ForEach(pending => pending.Saved.TrySetResult());
            }
            catch (Exception exception)
            {
                // The deliveries waiting for these rows fail rather than go out unaudited.
                LogFailed(_logger, exception, rows);
                batch.ForEach(pending => pending.Saved.TrySetException(exception));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving {Rows} audit rows of subscription deliveries failed; those deliveries were not sent.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int rows);

    private sealed record Pending(IReadOnlyCollection<AuditEntry> Entries, TaskCompletionSource Saved);
}
