using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Reviews;

/// <summary>
/// Stores a short list of enum values (a review request's grounds) as one comma-separated column of their names:
/// always read and written with its row, never queried on its own. Compared by <see cref="Persistence.ListComparer{T}"/>.
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
    public static string Join(List<TEnum> values) => string.Join(',', values);

    public static List<TEnum> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TEnum>)];
    }
}
