namespace CarePlanGraph.Domain.Common;

/// <summary>
/// A strongly typed identifier: <c>Id&lt;CarePlan&gt;</c> and <c>Id&lt;Person&gt;</c> are different types,
/// so one can never be passed where the other is expected. Version 7 GUIDs sort by creation time.
/// </summary>
/// <remarks>
/// Ordered as the GUID is (the order of its text, and of PostgreSQL's <c>uuid</c>), so that lists can break ties by ID
/// and page by keyset: the comparison operators translate to SQL comparisons of the stored values.
/// </remarks>
public readonly record struct Id<TEntity>(Guid Value) : IComparable<Id<TEntity>>
{
    public static Id<TEntity> New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();

    public int CompareTo(Id<TEntity> other) => Value.CompareTo(other.Value);

    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;
}
