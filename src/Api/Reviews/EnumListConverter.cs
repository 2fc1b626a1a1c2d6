using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Reviews;

/// <summary>
/// Stores a short list of enum values (a review request's grounds) as one comma-separated column of their names:
/// always read and written with its row, never queried on its own.
/// </summary>
/// <remarks>
/// The expressions only call methods: EF Core copies them into every query's compiled reader, where a lambda inside
/// them (a <c>Select(name =&gt; …)</c>) would be made into a new delegate for every row read.
/// </remarks>
internal sealed class EnumListConverter<TEnum>() : ValueConverter<List<TEnum>, string>(
    values => Join(values),
    text => Parse(text))
    where TEnum : struct, Enum
{
    public static ValueComparer<List<TEnum>> Comparer { get; } = new(
        (left, right) => AreEqual(left, right),
        list => HashOf(list),
        list => Copy(list));

    public static string Join(List<TEnum> values) => string.Join(',', values);

    public static List<TEnum> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TEnum>)];
    }

    public static bool AreEqual(List<TEnum>? left, List<TEnum>? right) => left != null && right != null && left.SequenceEqual(right);

    public static int HashOf(List<TEnum> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hash = new HashCode();
        foreach (var value in list)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public static List<TEnum> Copy(List<TEnum> list) => [.. list];
}
