using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Stores a short list of IDs (the needs a support item meets) as one comma-separated column:
/// the list is always read and written with its item, never queried on its own. Compared by <see cref="ListComparer{T}"/>.
/// </summary>
/// <remarks>
/// The expressions only call methods: EF Core copies them into every query's compiled reader, where a lambda inside
/// them (a <c>Select(part =&gt; …)</c>) would be made into a new delegate for every row read.
/// </remarks>
internal sealed class IdListConverter<TEntity>() : ValueConverter<List<Id<TEntity>>, string>(
    ids => Join(ids),
    text => Parse(text))
{
    public static string Join(List<Id<TEntity>> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return string.Join(',', ids.Select(id => id.Value.ToString("N")));
    }

    public static List<Id<TEntity>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => new Id<TEntity>(Guid.ParseExact(part, "N")))];
    }
}
