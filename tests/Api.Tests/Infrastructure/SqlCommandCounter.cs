using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SELECT commands the API sends, to prove DataLoaders batch. Writes (the audit log) are not counted, nor
/// the outbox dispatcher's reads of its own table: it polls on its own schedule, so on a slow machine its polls would
/// land inside whichever request is being counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _texts = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of each SELECT counted since the last <see cref="Reset"/>, to show what ran in the database.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
    }

    private void CountIfQuery(DbCommand command)
    {
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && !command.CommandText.Contains("OutboxMessages", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
            _texts.Enqueue(command.CommandText);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfQuery(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountIfQuery(command);
        return base.ReaderExecuting(command, eventData, result);
    }
}
