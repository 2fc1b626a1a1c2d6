using CarePlanGraph.Domain.Audit;

namespace CarePlanGraph.Api.Audit;

/// <summary>Where the <see cref="AuditWriter"/> commits its batches of read rows.</summary>
public interface IAuditRowStore
{
    /// <summary>
    /// Stores <paramref name="rows"/> in one transaction: all of them or, when it throws, none. Not cancellable: once
    /// rows are queued they are written, even if the reader who caused them has gone.
    /// </summary>
    Task AppendAsync(IReadOnlyCollection<AuditEntry> rows);
}

/// <summary>The database's audit table, each batch on a unit of work of its own (<see cref="Persistence.CarePlanDbContext.AppendAuditRowsAsync"/>).</summary>
internal sealed class DatabaseAuditRowStore(IServiceScopeFactory scopes) : IAuditRowStore
{
    public async Task AppendAsync(IReadOnlyCollection<AuditEntry> rows)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await scope.ServiceProvider.GetRequiredService<Persistence.CarePlanDbContext>().AppendAuditRowsAsync(rows, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
