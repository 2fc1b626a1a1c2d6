using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Reviews;

/// <summary>
/// Stores a short list of enum values (a review request's grounds) as one comma-separated column of their names:
/// always read and written with its row, never queried on its own.
/// </summary>
internal sealed class EnumListConverter<TEnum>() : ValueConverter<List<TEnum>, string>(
    values => string.Join(',', values),
    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => Enum.Parse<TEnum>(name)).ToList())
    where TEnum : struct, Enum
{
    public static ValueComparer<List<TEnum>> Comparer { get; } = new(
        (left, right) => left != null && right != null && left.SequenceEqual(right),
        list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
        list => list.ToList());
}
