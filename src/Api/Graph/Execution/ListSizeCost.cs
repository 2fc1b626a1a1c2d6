using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// The cost estimate of a field, after Hot Chocolate's list-size idea: every value the response may hold costs 1,
/// and a list multiplies what is under it by how many items it may return. That number comes, in order, from
/// <list type="number">
/// <item>the page a connection asks for: its <c>nodes</c> and <c>edges</c> are as long as its <c>first</c> or <c>last</c>
/// argument, or <see cref="Paging.PagingOptions.DefaultPageSize"/> when it has neither (what the pager returns);</item>
/// <item>a list's own <c>first</c>/<c>last</c> argument, or the number of <c>ids</c> it is given (<c>nodes(ids:)</c>);</item>
/// <item>the size the field declares with <see cref="ListSizeExtensions.AssumedListSize{T}(T, int)"/>, for lists whose
/// length is bounded by the domain (a plan's support items);</item>
/// <item><see cref="RequestLimitsOptions.DefaultListSize"/> for any other list.</item>
/// </list>
/// Variables count: a page size passed as <c>$first</c> is priced at its value, on every request.
/// </summary>
internal static class ListSizeCost
{
    /// <summary>The fields of a connection whose length is the connection's page size.</summary>
    private static readonly string[] SizedFields = ["nodes", "edges"];

    public static FieldComplexityResult Estimate(FieldImpactContext context, RequestLimitsOptions limits)
    {
        var field = context.FieldDefinition;
        if (Unwrap(field.ResolvedType) is not ListGraphType list)
        {
            return new FieldComplexityResult(1, 1);
        }

        var size = ListSize(context, limits);

        // A list of lists multiplies once more per level; no field of this schema has one, but the estimate must not undercount it.
        for (var inner = Unwrap(list.ResolvedType); inner is ListGraphType nested; inner = Unwrap(nested.ResolvedType))
        {
            size *= limits.DefaultListSize;
        }

        return new FieldComplexityResult(1, size);
    }

    private static double ListSize(FieldImpactContext context, RequestLimitsOptions limits)
    {
        var field = context.FieldDefinition;
        if (Array.IndexOf(SizedFields, field.Name) >= 0
            && context.Parent is { } connection
            && Unwrap(connection.FieldDefinition.ResolvedType) is not ListGraphType
            && connection.FieldDefinition.Arguments?.Find("first") is not null)
        {
            return PageSize(connection.Arguments) ?? Paging.PagingOptions.DefaultPageSize;
        }

        if (PageSize(context.Arguments) is { } page)
        {
            return page;
        }

        if (context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection given)
        {
            return given.Count;
        }

        return field.GetMetadata<int?>(ListSizeExtensions.AssumedListSizeKey) ?? limits.DefaultListSize;
    }

    private static int? PageSize(IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        // A negative size is refused by the pager; priced at zero it cannot lower the estimate below the rest of the request.
        if (arguments.TryGetValue("first", out var first) && first.Value is int f)
        {
            return Math.Max(f, 0);
        }

        return arguments.TryGetValue("last", out var last) && last.Value is int l ? Math.Max(l, 0) : null;
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}

/// <summary>Declares how long a list field's answer usually is, for the cost estimate (<see cref="ListSizeCost"/>).</summary>
public static class ListSizeExtensions
{
    internal const string AssumedListSizeKey = "Graph.AssumedListSize";

    /// <summary>
    /// The number of items the cost estimate assumes this list returns, instead of
    /// <see cref="RequestLimitsOptions.DefaultListSize"/>. For lists whose length the domain bounds; say in the
    /// field's description or a comment where the number comes from.
    /// </summary>
    public static T AssumedListSize<T>(this T field, int size)
        where T : IFieldMetadataWriter
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return field.WithMetadata(AssumedListSizeKey, (int?)size);
    }
}
