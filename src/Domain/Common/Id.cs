namespace CarePlanGraph.Domain.Common;

/// <summary>
/// A strongly typed identifier: <c>Id&lt;CarePlan&gt;</c> and <c>Id&lt;Person&gt;</c> are different types,
/// so one can never be passed where the other is expected. Version 7 GUIDs sort by creation time.
/// </summary>
public readonly record struct Id<TEntity>(Guid Value)
{
    public static Id<TEntity> New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
