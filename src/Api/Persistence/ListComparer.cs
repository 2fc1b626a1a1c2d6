using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Compares the short lists that one column stores (<see cref="IdListConverter{TEntity}"/>, the enum lists) by their
/// items in order, so that EF Core sees an item added to or removed from a list as a change.
/// </summary>
/// <remarks>The expressions only call methods, as the converters' do: the compiled models copy them.</remarks>
internal static class ListComparer<T>
{
    public static ValueComparer<List<T>> Instance { get; } = new(
        (left, right) => AreEqual(left, right),
        list => HashOf(list),
        list => Copy(list));

    public static bool AreEqual(List<T>? left, List<T>? right) => left != null && right != null && left.SequenceEqual(right);

    public static int HashOf(List<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static List<T> Copy(List<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return [.. list];
    }
}
