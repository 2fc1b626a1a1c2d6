using System.Linq.Expressions;
using CarePlanGraph.Api.Graph.Filtering;
using CarePlanGraph.Api.Graph.Sorting;

namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>
/// Everything the pager needs to know about one list: its name (which its cursors carry), the unique key that breaks
/// ties, its default order, and what it may be filtered and sorted on. Declared once per list by its feature.
/// </summary>
public sealed class ConnectionDefinition<T>
{
    private readonly List<SortKey> _defaultOrder = [];

    /// <param name="name">The list's name, e.g. the query field's; a cursor from another list is refused.</param>
    /// <param name="typePrefix">Names the list's inputs: <c>{prefix}FilterInput</c>, <c>{prefix}SortInput</c>.</param>
    /// <param name="uniqueKey">A key no two rows share (the ID), which ends every order so that keyset paging never skips or repeats a row.</param>
    public ConnectionDefinition(string name, string typePrefix, LambdaExpression uniqueKey)
    {
        Name = name;
        UniqueKey = uniqueKey;
        Filter = new FilterDefinition<T>(typePrefix);
        Sort = new SortDefinition<T>(typePrefix);
    }

    public string Name { get; }

    public LambdaExpression UniqueKey { get; }

    public FilterDefinition<T> Filter { get; }

    public SortDefinition<T> Sort { get; }

    /// <summary>The order when the caller gives none; the unique key follows it in the last key's direction.</summary>
    public IReadOnlyList<SortKey> DefaultOrder => _defaultOrder;

    /// <summary>Whether the list offers <c>where:</c> and <c>order:</c> (lists that only page do not).</summary>
    public bool IsFilterable => Filter.FieldNames.Count > 0;

    public bool IsSortable => Sort.FieldNames.Count > 0;

    public ConnectionDefinition<T> OrderedBy<TKey>(Expression<Func<T, TKey>> key, SortDirection direction = SortDirection.Ascending)
    {
        _defaultOrder.Add(new SortKey($"default{_defaultOrder.Count}", key, direction));
        return this;
    }

    public ConnectionDefinition<T> Filtering(Action<FilterDefinition<T>> declare)
    {
        ArgumentNullException.ThrowIfNull(declare);
        declare(Filter);
        return this;
    }

    public ConnectionDefinition<T> Sorting(Action<SortDefinition<T>> declare)
    {
        ArgumentNullException.ThrowIfNull(declare);
        declare(Sort);
        return this;
    }
}

/// <summary>Creates connection definitions.</summary>
public static class ConnectionDefinition
{
    public static ConnectionDefinition<T> For<T, TKey>(string name, string typePrefix, Expression<Func<T, TKey>> uniqueKey) => new(name, typePrefix, uniqueKey);
}
