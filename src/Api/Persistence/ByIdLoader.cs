using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Loads entities by ID in batches: one SQL command for all the IDs a query level asks for.</summary>
public class ByIdLoader<TEntity>(CarePlanDbContext db) : BatchLoader<Id<TEntity>, TEntity>
    where TEntity : class
{
    protected CarePlanDbContext Db { get; } = db;

    /// <summary>The query to load from; override to include owned parts.</summary>
    protected virtual IQueryable<TEntity> Query => Db.Set<TEntity>().AsNoTracking();

    protected override async Task<IReadOnlyDictionary<Id<TEntity>, TEntity>> FetchAsync(IReadOnlyList<Id<TEntity>> keys, CancellationToken cancellationToken)
    {
        var list = await Query
            .Where(entity => keys.Contains(EF.Property<Id<TEntity>>(entity, "Id")))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return list.ToDictionary(entity => Db.Entry(entity).Property<Id<TEntity>>("Id").CurrentValue);
    }
}
