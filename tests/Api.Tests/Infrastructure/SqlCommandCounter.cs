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
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    private void CountIfQuery(DbCommand command)
    {
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && !command.CommandText.Contains("OutboxMessages", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
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
