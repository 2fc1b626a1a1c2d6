using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Stores a short list of IDs (the needs a support item meets) as one comma-separated column:
/// the list is always read and written with its item, never queried on its own.
/// </summary>
internal sealed class IdListConverter<TEntity>() : ValueConverter<List<Id<TEntity>>, string>(
    ids => string.Join(',', ids.Select(id => id.Value.ToString("N"))),
    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => new Id<TEntity>(Guid.ParseExact(part, "N"))).ToList())
{
    public static ValueComparer<List<Id<TEntity>>> Comparer { get; } = new(
        (left, right) => left != null && right != null && left.SequenceEqual(right),
        list => list.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
        list => list.ToList());
}
