using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Errors;

/// <summary>
/// Reads what an error record declares about itself: <c>[Description]</c> on the record, and on each property to expose;
/// <c>[Display]</c> where a field's name or place differs from the property's. A property's graph type follows from its
/// CLR type and nullability. Anything missing or unmappable fails when the schema is built, not when a client asks.
/// </summary>
internal static class ErrorDeclarations
{
    private static readonly Dictionary<Type, Type> ValueTypes = new()
    {
        [typeof(string)] = typeof(StringGraphType),
        [typeof(int)] = typeof(IntGraphType),
        [typeof(long)] = typeof(LongGraphType),
        [typeof(bool)] = typeof(BooleanGraphType),
        [typeof(DateOnly)] = typeof(DateType),
        [typeof(DateTimeOffset)] = typeof(DateTimeType),
        [typeof(Money)] = typeof(MoneyType),
    };

    // Found rather than listed: each domain enum has exactly one described enum type, and a new one must not be missed.
    private static readonly Lazy<IReadOnlyDictionary<Type, Type>> EnumTypes = new(FindEnumTypes);

    public static string DescriptionOf(Type errorType) =>
        errorType.GetCustomAttribute<DescriptionAttribute>(inherit: false)?.Description
        ?? throw new InvalidOperationException($"{errorType.Name} has no [Description]; its GraphQL type needs one.");

    /// <summary>The described properties of the record's base records, the most basic first.</summary>
    public static IEnumerable<ErrorField> InheritedFields(Type errorType)
    {
        var bases = new Stack<Type>();
        for (var type = errorType.BaseType; type is not null && type != typeof(DomainError); type = type.BaseType)
        {
            bases.Push(type);
        }

        return bases.SelectMany(FieldsDeclaredBy).ToList();
    }

    /// <summary>The described properties the record itself declares.</summary>
    public static IEnumerable<ErrorField> OwnFields(Type errorType) => FieldsDeclaredBy(errorType);

    private static List<ErrorField> FieldsDeclaredBy(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(property => property.IsDefined(typeof(DescriptionAttribute), inherit: false))
            // Declaration order, unless [Display(Order)] keeps a field where clients have always found it.
            .OrderBy(property => property.GetCustomAttribute<DisplayAttribute>()?.GetOrder() ?? 0)
            .Select(FieldOf),
    ];

    private static ErrorField FieldOf(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<DisplayAttribute>()?.Name ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
        var (graphType, convert) = Map(new NullabilityInfoContext().Create(property), $"{property.DeclaringType!.Name}.{property.Name}");
        return new ErrorField(name, property.GetCustomAttribute<DescriptionAttribute>()!.Description, graphType, source => convert(property.GetValue(source)));
    }

    private static (Type GraphType, Func<object?, object?> Convert) Map(NullabilityInfo info, string where)
    {
        var (graphType, convert) = MapValue(Nullable.GetUnderlyingType(info.Type) ?? info.Type, info, where);
        var nullable = info.ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(info.Type) is not null;
        return (nullable ? graphType : typeof(NonNullGraphType<>).MakeGenericType(graphType), convert);
    }

    private static (Type GraphType, Func<object?, object?> Convert) MapValue(Type type, NullabilityInfo info, string where)
    {
        if (ValueTypes.TryGetValue(type, out var valueType))
        {
            return (valueType, value => value);
        }

        if (type.IsEnum)
        {
            return EnumTypes.Value.TryGetValue(type, out var enumType)
                ? (enumType, value => value)
                : throw new InvalidOperationException($"{where}: {type.Name} has no described enum type.");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Id<>))
        {
            // Global IDs name the node type, which is the entity's CLR name (NodeId).
            var nodeType = type.GetGenericArguments()[0].Name;
            var guid = type.GetProperty(nameof(Id<object>.Value))!;
            return (typeof(IdGraphType), id => id is null ? null : NodeId.Encode(nodeType, (Guid)guid.GetValue(id)!));
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && (info.ElementType ?? (info.GenericTypeArguments is [var only] ? only : null)) is { } element)
        {
            var (elementType, convertElement) = Map(element, where);
            return (typeof(ListGraphType<>).MakeGenericType(elementType), list => list is IEnumerable items ? items.Cast<object?>().Select(convertElement).ToList() : null);
        }

        throw new InvalidOperationException($"{where}: no GraphQL type for {type.Name}. Leave it undescribed, or expose it from a hand-written error type.");
    }

    private static Dictionary<Type, Type> FindEnumTypes() =>
        typeof(ErrorDeclarations).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(DescribedEnumType<>))
            .ToDictionary(type => type.BaseType!.GetGenericArguments()[0]);
}
