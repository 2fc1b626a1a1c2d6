using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Sorting;

/// <summary>One sort key as the pager uses it: an expression over the row, and its direction.</summary>
public sealed record SortKey(string Name, LambdaExpression Expression, SortDirection Direction);

/// <summary>
/// The fields a list may be sorted on, each declared as an expression over <typeparamref name="T"/> (only declared
/// fields exist), and the translation of an <c>order:</c> value into sort keys.
/// </summary>
public sealed class SortDefinition<T>(string typePrefix)
{
    private readonly List<(string Name, string Description, string? Policy, LambdaExpression Expression)> _fields = [];

    /// <summary>The GraphQL input type's name: <c>{prefix}SortInput</c>.</summary>
    public string TypeName => $"{typePrefix}SortInput";

    public IReadOnlyList<string> FieldNames => [.. _fields.Select(f => f.Name)];

    /// <summary>A field to sort on. Text sorts by character code; dates, instants, numbers and money by value.</summary>
    public SortDefinition<T> Field<TField>(string name, Expression<Func<T, TField>> field, string description, string? policy = null)
    {
        if (typeof(TField).IsEnum || Nullable.GetUnderlyingType(typeof(TField))?.IsEnum == true)
        {
            // Enums are stored as names on one database and could be numbers on another: no order both agree on.
            throw new InvalidOperationException($"{TypeName}.{name}: enums cannot be sort fields.");
        }

        _fields.Add((name, description, policy, field));
        return this;
    }

    public InputObjectGraphType CreateType(string description)
    {
        // @oneOf: an entry names exactly one field with a direction (Keys refuses anything else), so clients and
        // generators can type it as one of its fields, and a document giving two is refused at validation.
        var type = new InputObjectGraphType { Name = TypeName, Description = description, IsOneOf = true };
        foreach (var field in _fields)
        {
            var text = field.Policy is null ? field.Description : $"{field.Description} Not for every caller: see the list's description.";
            type.Field<SortEnumType>(field.Name).Description(text);
        }

        return type;
    }

    /// <summary>The sort keys of an <c>order:</c> value, or a GraphQL error with code INVALID_ORDER.</summary>
    public IReadOnlyList<(SortKey Key, string? Policy)> Keys(IEnumerable<object?> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var keys = new List<(SortKey, string?)>();
        foreach (var (entry, index) in order.Select((e, i) => (e as IDictionary<string, object?>, i)))
        {
            if (entry is not { Count: 1 } || entry.Single().Value is not SortDirection direction)
            {
                throw new ExecutionError($"`order[{index}]` must name exactly one field and its direction, e.g. {{ {_fields.FirstOrDefault().Name ?? "field"}: ASC }}; give several entries to sort on several fields.") { Code = "INVALID_ORDER" };
            }

            var name = entry.Single().Key;
            var field = _fields.Find(f => f.Name == name);
            if (field.Expression is null || keys.Exists(k => k.Item1.Name == name))
            {
                throw new ExecutionError($"`order[{index}]` sorts on '{name}' again (or on a field this list cannot be sorted on); name each field once.") { Code = "INVALID_ORDER" };
            }

            keys.Add((new SortKey(name, field.Expression, direction), field.Policy));
        }

        return keys;
    }
}
