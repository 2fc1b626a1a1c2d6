using CarePlanGraph.Api.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Loads the children of many parents in one SQL command and hands each parent its own list.</summary>
public abstract class GroupLoader<TKey, TEntity> : BatchLoader<TKey, IReadOnlyList<TEntity>>
    where TKey : notnull
{
    /// <summary>The children of all the given parents, in the order each list should have.</summary>
    protected abstract IQueryable<TEntity> Query(IReadOnlyList<TKey> keys);

    protected abstract TKey KeyOf(TEntity entity);

    protected override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TEntity>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var entities = await Query(keys).ToListAsync(cancellationToken).ConfigureAwait(false);
        return entities.GroupBy(KeyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TEntity>)g.ToList());
    }
}
