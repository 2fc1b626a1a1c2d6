using System.Threading.Channels;
using CarePlanGraph.Domain.Audit;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Writes read audit rows (R30) by group commit: callers queue their rows, and one writer loop commits whatever is
/// waiting in one transaction, then answers every caller in it. Concurrent readers so share a commit instead of each
/// queueing for the database's write lock. Changes do not come here: their rows are written in the change's own
/// transaction (<see cref="AuditSaveChangesInterceptor"/>). Why and what it promises: docs/decisions/0013.
/// </summary>
public sealed partial class AuditWriter(IAuditRowStore store, IOptions<AuditOptions> options, ILogger<AuditWriter> logger) : IHostedService
{
    private readonly int _maxBatch = options.Value.MaxBatch;

    // Bounded and waiting when full: back-pressure on the callers, never a dropped row.
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private Task? _loop;
    private long _batchesWritten;
    private long _rowsWritten;

    /// <summary>How many transactions the writer has committed (each holding one or more callers' rows).</summary>
    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>How many rows the writer has committed.</summary>
    public long RowsWritten => Interlocked.Read(ref _rowsWritten);

    /// <summary>How many callers' writes wait for the writer now.</summary>
    internal int Waiting => _queue.Reader.Count;

    /// <summary>
    /// Queues <paramref name="entries"/> and completes when they are committed, in one transaction with whatever other
    /// callers queued meanwhile: await it before answering the read the rows record. Throws
    /// <see cref="AuditNotWrittenException"/> when they could not be written (the caller must then fail, not answer),
    /// also once the host is stopping. While the queue is full it waits for room. <paramref name="cancellationToken"/>
    /// ends the wait only: rows already queued are still written.
    /// </summary>
    public async Task WriteAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        var write = new PendingWrite(entries);
        try
        {
            await _queue.Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException closed)
        {
            throw new AuditNotWrittenException("The audit log is not written any more: the service is stopping.", closed);
        }

        await write.Committed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Takes no more rows and commits every queued batch before the host ends, within the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (_loop is null)
        {
            return;
        }

        try
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogShutdownTimedOut(logger, _queue.Reader.Count);
        }
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingWrite>();

        // Ends when the queue is completed (the host stops) and every write in it has been taken.
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var rows = 0;
            while (rows < _maxBatch && reader.TryRead(out var write))
            {
                batch.Add(write);
                rows += write.Entries.Count;
            }

            await CommitAsync(batch, rows).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch, int rows)
    {
        try
        {
            await store.AppendAsync([.. batch.SelectMany(write => write.Entries)]).ConfigureAwait(false);
            Counted(rows);
            batch.ForEach(write => write.Committed.TrySetResult());
            return;
        }
        catch (Exception exception)
        {
            LogBatchFailed(logger, exception, batch.Count, rows);
        }

        // Once more, each caller's rows on their own: one bad row (or a passing fault) fails only its own caller.
        foreach (var write in batch)
        {
            try
            {
                await store.AppendAsync(write.Entries).ConfigureAwait(false);
                Counted(write.Entries.Count);
                write.Committed.TrySetResult();
            }
            catch (Exception exception)
            {
                LogWriteFailed(logger, exception, write.Entries.Count);
                write.Committed.TrySetException(new AuditNotWrittenException("The audit log could not be written, so the read is not answered.", exception));
            }
        }
    }

    private void Counted(int rows)
    {
        Interlocked.Increment(ref _batchesWritten);
        Interlocked.Add(ref _rowsWritten, rows);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An audit batch of {Writes} writes ({Rows} rows) could not be committed; each write is tried once more on its own.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int writes, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Rows} audit rows could not be committed; the read they record fails.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "The host's shutdown timeout passed before the audit writer finished; {Waiting} queued writes were not committed.")]
    private static partial void LogShutdownTimedOut(ILogger logger, int waiting);

    /// <summary>One caller's rows, and the task that tells the caller they are committed.</summary>
    private sealed class PendingWrite(IReadOnlyCollection<AuditEntry> entries)
    {
        public IReadOnlyCollection<AuditEntry> Entries { get; } = entries;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
