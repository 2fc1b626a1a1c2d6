using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Filtering;
using CarePlanGraph.Api.Graph.Sorting;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>
/// The one pager every connection uses. It filters (<c>where:</c>) and sorts (<c>order:</c>) the query it is given —
/// always the caller's visible rows from the access rules, so a filter can only narrow them — and pages it by keyset:
/// a cursor holds the sort key values of its row, and the next page is the rows strictly after them, so rows inserted
/// or removed elsewhere never shift a page. The ID ends every order, so no two rows tie. One page query (plus the
/// count when <c>totalCount</c> is asked for, and a look behind the cursor for <c>pageInfo</c>) whatever the page size.
/// </summary>
public static class Pager
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = QueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = QueryableMethod(nameof(Queryable.ThenByDescending));

    /// <summary>Declares <c>first/after/last/before</c> and, where the list has them, <c>where</c> and <c>order</c>.</summary>
    public static FieldBuilder<TSource, TReturn> ConnectionArguments<TSource, TReturn, T>(this FieldBuilder<TSource, TReturn> field, ConnectionDefinition<T> connection)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(connection);
        field
            .Argument<IntGraphType>("first", $"Returns the first n results (after `after`, if given): 0 to {PagingOptions.MaxPageSize}; default {PagingOptions.DefaultPageSize} when neither `first` nor `last` is given. Not with `last`.")
            .Argument<StringGraphType>("after", "Returns results after this cursor (an edge's `cursor` or `pageInfo.endCursor` from this list, read with the same `order`).")
            .Argument<IntGraphType>("last", $"Returns the last n results (before `before`, if given): 0 to {PagingOptions.MaxPageSize}. Not with `first`.")
            .Argument<StringGraphType>("before", "Returns results before this cursor (an edge's `cursor` or `pageInfo.startCursor` from this list, read with the same `order`).");
        var arguments = field.FieldType.Arguments ??= [];
        if (connection.IsFilterable)
        {
            var fields = string.Join(", ", connection.Filter.FieldNames);
            arguments.Add(new QueryArgument(connection.Filter.CreateType($"Conditions on this list's rows: {fields}. Fields given together must all hold (AND); `and`/`or` combine whole filters, at most {FilterOptions.MaxDepth} levels deep. A filter only narrows what you may see."))
            {
                Name = "where",
                Description = $"Only the rows that match. Filterable fields: {fields}.",
            });
        }

        if (connection.IsSortable)
        {
            var fields = string.Join(", ", connection.Sort.FieldNames);
            arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(connection.Sort.CreateType($"One sort field and its direction: {fields}. Give exactly one field per entry."))))
            {
                Name = "order",
                Description = $"The order of the rows, first entry first; ties are broken by ID. Sortable fields: {fields}. Cursors belong to the order they were read with.",
            });
        }

        return field;
    }

    public static async Task<Connection<T>> ToConnectionAsync<T>(IQueryable<T> visible, IResolveFieldContext context, ConnectionDefinition<T> connection)
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(connection);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckSize(first, "first");
        CheckSize(last, "last");
        if (first is not null && last is not null)
        {
            throw new ExecutionError("Give `first` (to page forward) or `last` (to page backward), not both.") { Code = "INVALID_PAGE_SIZE" };
        }

        var policies = new List<(string Field, string Policy)>();
        var query = visible;
        if (context.GetArgument<object?>("where") is IDictionary<string, object?> where)
        {
            policies.AddRange(connection.Filter.PoliciesUsed(where));
            query = query.Where(connection.Filter.Predicate(where));
        }

        var (keys, signature) = OrderOf(context, connection, policies);
        await RefuseAsync(context, policies).ConfigureAwait(false);

        var codec = context.RequestServices!.GetRequiredService<CursorCodec>();
        var after = Decode(codec, context, "after", connection.Name, signature, keys);
        var before = Decode(codec, context, "before", connection.Name, signature, keys);
        var backward = last is not null;
        var size = last ?? first ?? PagingOptions.DefaultPageSize;

        var window = query;
        if (after is not null)
        {
            window = window.Where(Beyond<T>(keys, after, reverse: false));
        }

        if (before is not null)
        {
            window = window.Where(Beyond<T>(keys, before, reverse: true));
        }

        // Each row comes with its sort key values, read by the database: a key may be worked out from other tables
        // (a plan's current cost), which the row alone does not hold.
        var rows = size == 0 ? [] : await Ordered(window, keys, backward).Take(size + 1).Select(WithKeys<T>(keys)).ToListAsync(context.CancellationToken).ConfigureAwait(false);
        var more = rows.Count > size;
        rows = [.. rows.Take(size)];
        if (backward)
        {
            rows.Reverse();
        }

        // Is there anything on the far side of the cursor the page started from? One indexed look, not a count.
        var (from, fromReverse) = backward ? (before, true) : (after, false);
        var behind = false;
        if (from is not null)
        {
            var beyond = Beyond<T>(keys, from, fromReverse);
            behind = await query.Where(Expression.Lambda<Func<T, bool>>(Expression.Not(beyond.Body), beyond.Parameters)).AnyAsync(context.CancellationToken).ConfigureAwait(false);
        }

        var total = WantsTotal(context) ? await query.CountAsync(context.CancellationToken).ConfigureAwait(false) : 0;
        var edges = rows.Select(row => new Edge<T>
        {
            Node = row.Row,
            Cursor = codec.Encode(connection.Name, signature, [.. row.Keys.Select((value, i) => JsonSerializer.SerializeToElement(value, keys[i].Type))]),
        }).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo
            {
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
                HasPreviousPage = backward ? more : behind,
                HasNextPage = backward ? behind : more,
            },
        };
    }

    private static (List<Key> Keys, string Signature) OrderOf<T>(IResolveFieldContext context, ConnectionDefinition<T> connection, List<(string Field, string Policy)> policies)
    {
        IReadOnlyList<SortKey> chosen = connection.DefaultOrder;
        var signature = "default";
        if (context.GetArgument<object?>("order") is IEnumerable order)
        {
            var entries = order.Cast<object?>().ToList();
            if (entries.Count > 0)
            {
                var keys = connection.Sort.Keys(entries);
                policies.AddRange(keys.Where(k => k.Policy is not null).Select(k => (k.Key.Name, k.Policy!)));
                chosen = [.. keys.Select(k => k.Key)];
                signature = string.Join(',', chosen.Select(k => $"{k.Name}:{(k.Direction == SortDirection.Ascending ? "a" : "d")}"));
            }
        }

        var tieBreak = chosen.Count > 0 && chosen[^1].Direction == SortDirection.Descending && signature == "default" ? SortDirection.Descending : SortDirection.Ascending;
        var all = chosen.Append(new SortKey("id", connection.UniqueKey, tieBreak)).ToList();
        return ([.. all.SelectMany(Key.Expand)], signature);
    }

    private static async Task RefuseAsync(IResolveFieldContext context, List<(string Field, string Policy)> policies)
    {
        if (policies.Count == 0)
        {
            return;
        }

        var evaluator = context.RequestServices!.GetRequiredService<IFieldPolicyEvaluator>();
        foreach (var (field, policy) in policies.Distinct())
        {
            if (await evaluator.DenyReasonAsync(policy, context).ConfigureAwait(false) is { } reason)
            {
                throw new ExecutionError($"You may not filter or sort on '{field}': {reason}") { Code = "AUTH_FIELD_FORBIDDEN" };
            }
        }
    }

    private static bool WantsTotal(IResolveFieldContext context) => context.SubFields is not { } fields || fields.ContainsKey("totalCount");

    private static object?[]? Decode(CursorCodec codec, IResolveFieldContext context, string argument, string connection, string signature, List<Key> keys)
    {
        if (context.GetArgument<string?>(argument) is not { } cursor)
        {
            return null;
        }

        var values = codec.Decode(cursor, argument, connection, signature, keys.Count);
        try
        {
            return [.. values.Select((value, i) => value.Deserialize(keys[i].Type))];
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new ExecutionError($"'{argument}' is not a cursor this API returned.") { Code = "INVALID_CURSOR" };
        }
    }

    private static IQueryable<T> Ordered<T>(IQueryable<T> query, List<Key> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = i == 0 ? (descending ? OrderByDescendingMethod : OrderByMethod) : (descending ? ThenByDescendingMethod : ThenByMethod);
            expression = Expression.Call(method.MakeGenericMethod(typeof(T), keys[i].Type), expression, Expression.Quote(keys[i].Expression));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// The rows strictly after <paramref name="values"/> in the keys' order (before them when <paramref name="reverse"/>):
    /// k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR … A missing value sorts last: it is never "beyond" a value, and is
    /// matched with IS NULL rather than "=".
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(List<Key> keys, object?[] values, bool reverse)
    {
        var x = Expression.Parameter(typeof(T), "x");
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = QueryExpressions.Body(keys[i].Expression, x);
            var less = keys[i].Descending != reverse;
            Expression beyond = values[i] is null
                ? Expression.Constant(false)
                : QueryExpressions.Beyond(key, QueryExpressions.Value(values[i], keys[i].Type), less);
            var step = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            result = result is null ? step : Expression.OrElse(result, step);
            Expression equal = values[i] is null
                ? Expression.Equal(key, Expression.Constant(null, keys[i].Type))
                : Expression.Equal(key, QueryExpressions.Value(values[i], keys[i].Type));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda<Func<T, bool>>(result!, x);
    }

    /// <summary><c>x =&gt; new Keyed&lt;T&gt; { Row = x, Keys = new object[] { key1(x), key2(x), … } }</c>.</summary>
    private static Expression<Func<T, Keyed<T>>> WithKeys<T>(List<Key> keys)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(QueryExpressions.Body(k.Expression, x), typeof(object))));
        var body = Expression.MemberInit(
            Expression.New(typeof(Keyed<T>)),
            Expression.Bind(typeof(Keyed<T>).GetProperty(nameof(Keyed<T>.Row))!, x),
            Expression.Bind(typeof(Keyed<T>).GetProperty(nameof(Keyed<T>.Keys))!, values));
        return Expression.Lambda<Func<T, Keyed<T>>>(body, x);
    }

    private static void CheckSize(int? size, string name)
    {
        if (size is < 0 or > PagingOptions.MaxPageSize)
        {
            throw new ExecutionError($"'{name}' must be between 0 and {PagingOptions.MaxPageSize}: ask for at most {PagingOptions.MaxPageSize} results a page and follow `pageInfo.endCursor` for more.") { Code = "INVALID_PAGE_SIZE" };
        }
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);

    /// <summary>One key of the pager's order. A key that may be missing becomes two: "is missing" (so missing values sort last on both databases) and the value.</summary>
    private sealed record Key(LambdaExpression Expression, bool Descending)
    {
        public Type Type => Expression.ReturnType;

        public static IEnumerable<Key> Expand(SortKey key)
        {
            var descending = key.Direction == SortDirection.Descending;
            var type = key.Expression.ReturnType;
            if (type.IsValueType && Nullable.GetUnderlyingType(type) is not null)
            {
                var parameter = key.Expression.Parameters[0];
                var missing = System.Linq.Expressions.Expression.Condition(
                    System.Linq.Expressions.Expression.Equal(key.Expression.Body, System.Linq.Expressions.Expression.Constant(null, type)),
                    System.Linq.Expressions.Expression.Constant(1),
                    System.Linq.Expressions.Expression.Constant(0));
                yield return new Key(System.Linq.Expressions.Expression.Lambda(missing, parameter), false);
            }

            yield return new Key(key.Expression, descending);
        }
    }

    /// <summary>A page's row with its sort key values, for its cursor.</summary>
    private sealed class Keyed<TRow>
    {
        public TRow Row { get; init; } = default!;

        public object?[] Keys { get; init; } = [];
    }
}
