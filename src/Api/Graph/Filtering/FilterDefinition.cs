using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Filtering;

/// <summary>
/// The fields a list may be filtered on, each declared as an expression over <typeparamref name="T"/> (only declared
/// fields exist), and the translation of a <c>where:</c> value into one predicate EF Core runs in the database.
/// </summary>
public sealed class FilterDefinition<T>(string typePrefix)
{
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);

    private static readonly MethodInfo EnumerableAnyWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    private static readonly MethodInfo EnumerableAll = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2);

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private readonly List<Field> _fields = [];

    /// <summary>The GraphQL input type's name: <c>{prefix}FilterInput</c>.</summary>
    public string TypeName => $"{typePrefix}FilterInput";

    public IReadOnlyList<string> FieldNames => [.. _fields.Select(f => f.Name)];

    /// <summary>A text field, matched ignoring the case of A–Z (<see cref="StringOperationFilterInputType"/>).</summary>
    public FilterDefinition<T> Text(string name, Expression<Func<T, string>> field, string description, string? policy = null) =>
        Add(new Field(name, description, policy, typeof(StringOperationFilterInputType), field, FieldKind.Text, static value => value));

    /// <summary>An ordered field (number, date, instant) filtered through the scalar <typeparamref name="TScalar"/>.</summary>
    public FilterDefinition<T> Comparable<TScalar, TField>(string name, Expression<Func<T, TField>> field, string description, string? policy = null)
        where TScalar : ScalarGraphType, new() =>
        Add(new Field(name, description, policy, typeof(ComparableOperationFilterInputType<TScalar>), field, FieldKind.Comparable, static value => value));

    /// <summary>An ordered field whose GraphQL value (<typeparamref name="TInput"/>) is converted by <paramref name="convert"/> first (e.g. pence to money).</summary>
    public FilterDefinition<T> Comparable<TScalar, TInput, TField>(string name, Expression<Func<T, TField>> field, Func<TInput, TField> convert, string description, string? policy = null)
        where TScalar : ScalarGraphType, new() =>
        Add(new Field(name, description, policy, typeof(ComparableOperationFilterInputType<TScalar>), field, FieldKind.Comparable, value => convert((TInput)value)));

    /// <summary>An enum field, the GraphQL enum being <typeparamref name="TEnumType"/>.</summary>
    public FilterDefinition<T> Enum<TEnumType, TField>(string name, Expression<Func<T, TField>> field, string description, string? policy = null)
        where TEnumType : EnumerationGraphType, new() =>
        Add(new Field(name, description, policy, typeof(EnumOperationFilterInputType<TEnumType>), field, FieldKind.Comparable, static value => value));

    /// <summary>A yes-or-no field (<see cref="BooleanOperationFilterInputType"/>), often a condition worked out in the database.</summary>
    public FilterDefinition<T> Boolean(string name, Expression<Func<T, bool>> field, string description, string? policy = null) =>
        Add(new Field(name, description, policy, typeof(BooleanOperationFilterInputType), field, FieldKind.Comparable, static value => value));

    /// <summary>A reference to another record, given by global ID and decoded by <paramref name="decode"/> (which refuses IDs of another type).</summary>
    public FilterDefinition<T> Id<TField>(string name, Expression<Func<T, TField>> field, Func<string, string, TField> decode, string description, string? policy = null) =>
        Add(new Field(name, description, policy, typeof(IdOperationFilterInputType), field, FieldKind.Comparable, null) { Decode = (value, argument) => decode(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, argument) });

    /// <summary>A list of <typeparamref name="TItem"/>, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c> over <paramref name="items"/>' own fields.</summary>
    public FilterDefinition<T> List<TItem>(string name, Expression<Func<T, IEnumerable<TItem>>> field, FilterDefinition<TItem> items, string description, string? policy = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Add(new Field(name, description, policy, null, field, FieldKind.List, null) { Items = new ListItems(items.CreateListType, (filter, depth, path) => items.Predicate(filter, depth, path), typeof(TItem)) });
    }

    private FilterDefinition<T> Add(Field field)
    {
        if (_fields.Any(f => f.Name == field.Name) || field.Name is "and" or "or")
        {
            throw new InvalidOperationException($"{TypeName} declares '{field.Name}' twice or uses a reserved name.");
        }

        _fields.Add(field);
        return this;
    }

    /// <summary>The GraphQL input type for this definition, with <c>and</c>, <c>or</c> and one field per declared field.</summary>
    public InputObjectGraphType CreateType(string description)
    {
        var type = new InputObjectGraphType { Name = TypeName, Description = description };
        type.Field("and", new ListGraphType(new NonNullGraphType(type))).Description("Every one of these filters must hold.");
        type.Field("or", new ListGraphType(new NonNullGraphType(type))).Description("At least one of these filters must hold.");
        foreach (var field in _fields)
        {
            var text = field.Policy is null ? field.Description : $"{field.Description} Not for every caller: see the list's description.";
            if (field.Items is { } items)
            {
                type.Field(field.Name, items.CreateType()).Description(text);
            }
            else
            {
                type.Field(field.Name, field.GraphType!).Description(text);
            }
        }

        return type;
    }

    private InputObjectGraphType CreateListType()
    {
        var element = CreateType($"Conditions on one {typePrefix}; fields given together must all hold.");
        var type = new InputObjectGraphType
        {
            Name = $"{typePrefix}ListFilterInput",
            Description = $"Conditions on a list of {typePrefix} records. Every operator given must hold (they are ANDed); give at least one.",
        };
        type.Field("some", element).Description("At least one record in the list matches.");
        type.Field("all", element).Description("Every record in the list matches (true of an empty list).");
        type.Field("none", element).Description("No record in the list matches.");
        type.Field("any", new BooleanGraphType()).Description("true: the list has at least one record; false: it is empty.");
        return type;
    }

    /// <summary>The policies of the fields a <c>where:</c> value uses, so the caller can be refused fields it may not filter on.</summary>
    public IEnumerable<(string Field, string Policy)> PoliciesUsed(IDictionary<string, object?> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        foreach (var (name, value) in where)
        {
            if (name is "and" or "or" && value is IEnumerable list)
            {
                foreach (var inner in list.OfType<IDictionary<string, object?>>().SelectMany(PoliciesUsed))
                {
                    yield return inner;
                }
            }
            else if (_fields.Find(f => f.Name == name) is { Policy: { } policy })
            {
                yield return (name, policy);
            }
        }
    }

    /// <summary>The predicate for a <c>where:</c> value (already validated by GraphQL), or a GraphQL error with code INVALID_FILTER.</summary>
    public Expression<Func<T, bool>> Predicate(IDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Build(where, parameter, depth: 1, path: "where"), parameter);
    }

    private Expression<Func<T, bool>> Predicate(IDictionary<string, object?> where, int depth, string path)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Build(where, parameter, depth, path), parameter);
    }

    private Expression Build(IDictionary<string, object?> where, ParameterExpression x, int depth, string path)
    {
        if (depth > FilterOptions.MaxDepth)
        {
            throw Invalid($"`{path}` nests filters {depth} deep; at most {FilterOptions.MaxDepth} levels of `and`, `or` and list filters are allowed.");
        }

        if (where.Count == 0)
        {
            throw Invalid($"`{path}` is empty: give at least one condition, or leave it out.");
        }

        var parts = new List<Expression>();
        foreach (var (name, value) in where)
        {
            var at = $"{path}.{name}";
            if (name is "and" or "or")
            {
                var filters = (value as IEnumerable)?.OfType<IDictionary<string, object?>>().ToList()
                    ?? throw Invalid($"`{at}` needs a list of filters.");
                if (filters.Count == 0)
                {
                    throw Invalid($"`{at}` is an empty list: give at least one filter, or leave it out.");
                }

                var inner = filters.Select((f, i) => Build(f, x, depth + 1, $"{at}[{i}]"));
                parts.Add(name == "and" ? inner.Aggregate(Expression.AndAlso) : inner.Aggregate(Expression.OrElse));
                continue;
            }

            var field = _fields.Find(f => f.Name == name) ?? throw Invalid($"`{at}` is not a field this list can be filtered on.");
            var operations = value as IDictionary<string, object?> ?? throw Invalid($"`{at}` needs conditions, e.g. {{ eq: … }}; null is not a filter.");
            if (operations.Count == 0)
            {
                throw Invalid($"`{at}` is empty: give at least one condition, or leave it out.");
            }

            var target = QueryExpressions.Body(field.Expression, x);
            parts.AddRange(operations.Select(op => field.Kind switch
            {
                FieldKind.Text => TextCondition(target, op.Key, op.Value, $"{at}.{op.Key}"),
                FieldKind.List => ListCondition(field.Items!, target, op.Key, op.Value, depth, $"{at}.{op.Key}"),
                _ => Condition(field, target, op.Key, op.Value, $"{at}.{op.Key}"),
            }));
        }

        return parts.Aggregate(Expression.AndAlso);
    }

    private static Expression TextCondition(Expression target, string op, object? value, string at)
    {
        var lower = QueryExpressions.Lower(target);
        if (op is "in" or "nin")
        {
            var values = List(value, at).Select(v => QueryExpressions.AsciiLower((string)v!)).ToList();
            var contains = Expression.Call(EnumerableContains.MakeGenericMethod(typeof(string)), QueryExpressions.Value(values, typeof(List<string>)), lower);
            return op == "in" ? contains : Expression.Not(contains);
        }

        if (value is not string text)
        {
            throw Invalid($"`{at}` needs text; null is not a condition on a text field.");
        }

        var operand = QueryExpressions.Value(QueryExpressions.AsciiLower(text), typeof(string));
        return op switch
        {
            "eq" => Expression.Equal(lower, operand),
            "neq" => Expression.NotEqual(lower, operand),
            "contains" => Expression.Call(lower, StringContains, operand),
            "ncontains" => Expression.Not(Expression.Call(lower, StringContains, operand)),
            "startsWith" => Expression.Call(lower, StringStartsWith, operand),
            "nstartsWith" => Expression.Not(Expression.Call(lower, StringStartsWith, operand)),
            "endsWith" => Expression.Call(lower, StringEndsWith, operand),
            "nendsWith" => Expression.Not(Expression.Call(lower, StringEndsWith, operand)),
            _ => throw Invalid($"`{at}` is not a text condition."),
        };
    }

    private static Expression Condition(Field field, Expression target, string op, object? value, string at)
    {
        var type = target.Type;
        var nullable = QueryExpressions.IsNullable(type);
        if (op is "in" or "nin")
        {
            var listType = typeof(List<>).MakeGenericType(type);
            var values = (IList)Activator.CreateInstance(listType)!;
            foreach (var item in List(value, at))
            {
                values.Add(Convert(field, item, at));
            }

            var contains = Expression.Call(EnumerableContains.MakeGenericMethod(type), QueryExpressions.Value(values, listType), target);
            return op == "in" ? contains : Negated(contains, target, nullable);
        }

        if (value is null)
        {
            return op switch
            {
                "eq" when nullable => Expression.Equal(target, Expression.Constant(null, type)),
                "neq" when nullable => Expression.NotEqual(target, Expression.Constant(null, type)),
                "eq" or "neq" => throw Invalid($"`{at}`: this field always has a value, so null matches {(op == "eq" ? "nothing" : "everything")}; leave the condition out."),
                _ => throw Invalid($"`{at}` needs a value; null cannot be compared."),
            };
        }

        var operand = QueryExpressions.Value(Convert(field, value, at), type);
        return op switch
        {
            "eq" => Expression.Equal(target, operand),
            "neq" => nullable ? Expression.OrElse(Expression.Equal(target, Expression.Constant(null, type)), Expression.NotEqual(target, operand)) : Expression.NotEqual(target, operand),
            "gt" => Expression.GreaterThan(target, operand),
            "gte" => Expression.GreaterThanOrEqual(target, operand),
            "lt" => Expression.LessThan(target, operand),
            "lte" => Expression.LessThanOrEqual(target, operand),
            "ngt" => Negated(Expression.GreaterThan(target, operand), target, nullable),
            "ngte" => Negated(Expression.GreaterThanOrEqual(target, operand), target, nullable),
            "nlt" => Negated(Expression.LessThan(target, operand), target, nullable),
            "nlte" => Negated(Expression.LessThanOrEqual(target, operand), target, nullable),
            _ => throw Invalid($"`{at}` is not a condition on this field."),
        };
    }

    /// <summary>
    /// Not <paramref name="condition"/>, with a missing value matching (as in C#): written out as <c>x IS NULL OR NOT …</c>
    /// so SQL's three-valued logic cannot drop those rows on either database.
    /// </summary>
    private static Expression Negated(Expression condition, Expression target, bool nullable) =>
        nullable ? Expression.OrElse(Expression.Equal(target, Expression.Constant(null, target.Type)), Expression.Not(condition)) : Expression.Not(condition);

    private static Expression ListCondition(ListItems items, Expression target, string op, object? value, int depth, string at)
    {
        var any = EnumerableAny.MakeGenericMethod(items.ItemType);
        if (op == "any")
        {
            return value is bool wanted
                ? wanted ? Expression.Call(any, target) : Expression.Not(Expression.Call(any, target))
                : throw Invalid($"`{at}` needs true or false.");
        }

        var filter = value as IDictionary<string, object?> ?? throw Invalid($"`{at}` needs conditions on the list's records.");
        var predicate = items.Predicate(filter, depth + 1, at);
        return op switch
        {
            "some" => Expression.Call(EnumerableAnyWhere.MakeGenericMethod(items.ItemType), target, predicate),
            "none" => Expression.Not(Expression.Call(EnumerableAnyWhere.MakeGenericMethod(items.ItemType), target, predicate)),
            "all" => Expression.Call(EnumerableAll.MakeGenericMethod(items.ItemType), target, predicate),
            _ => throw Invalid($"`{at}` is not a list condition."),
        };
    }

    private static object? Convert(Field field, object? value, string at) =>
        field.Decode is { } decode ? decode(value, at) : field.ConvertValue!(value!);

    private static List<object?> List(object? value, string at)
    {
        var values = (value as IEnumerable)?.Cast<object?>().ToList() ?? throw Invalid($"`{at}` needs a list of values.");
        if (values.Count > FilterOptions.MaxInListLength)
        {
            throw Invalid($"`{at}` has {values.Count} values; at most {FilterOptions.MaxInListLength} are allowed.");
        }

        return values;
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_FILTER" };

    private enum FieldKind
    {
        Text,
        Comparable,
        List,
    }

    private sealed record ListItems(Func<InputObjectGraphType> CreateType, Func<IDictionary<string, object?>, int, string, LambdaExpression> Predicate, Type ItemType);

    private sealed record Field(string Name, string Description, string? Policy, Type? GraphType, LambdaExpression Expression, FieldKind Kind, Func<object, object?>? ConvertValue)
    {
        public Func<object?, string, object?>? Decode { get; init; }

        public ListItems? Items { get; init; }
    }
}
