using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Sorting;

/// <summary>The direction of one sort field.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary><c>ASC</c> or <c>DESC</c>, as Hot Chocolate names them.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction to sort a field in. Text sorts by character code (capital letters before small ones, as both databases' C collation does); a field with no value sorts last either way.";
        Add("ASC", SortDirection.Ascending, "Smallest, earliest or first in character order first.");
        Add("DESC", SortDirection.Descending, "Largest, latest or last in character order first.");
    }
}
