using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Binds a mutation's <c>input</c> object, as GraphQL.NET parsed it, to a typed record once: each constructor
/// parameter takes the input field of the same name (camelCase). Nested input objects bind to nested records,
/// lists to <see cref="IReadOnlyList{T}"/>, <see cref="Optional{T}"/> keeps "left out" apart from null, and the
/// application's <see cref="IInputValueConverter"/>s decode what this machinery does not know (typed IDs).
/// </summary>
public sealed class InputBinder(IEnumerable<IInputValueConverter> converters)
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();
    private readonly IInputValueConverter[] _converters = converters.ToArray();

    /// <summary>The input field names a record binds: its constructor's parameters, camelCased.</summary>
    public static IReadOnlyList<string> FieldNames(Type recordType) =>
        Constructor(recordType).GetParameters().Select(p => FieldName(p.Name!)).ToArray();

    public TInput Bind<TInput>(IDictionary<string, object?> values, string path) => (TInput)BindRecord(typeof(TInput), values, path);

    private object BindRecord(Type type, IDictionary<string, object?> values, string path)
    {
        var constructor = Constructor(type);
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var name = FieldName(parameter.Name!);
            var present = values.TryGetValue(name, out var raw);
            var fieldPath = $"{path}.{name}";
            if (IsOptional(parameter.ParameterType, out var inner))
            {
                return Activator.CreateInstance(parameter.ParameterType, present, present ? Convert(raw, inner, fieldPath) : Default(inner));
            }

            return present ? Convert(raw, parameter.ParameterType, fieldPath) : Default(parameter.ParameterType);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private object? Convert(object? raw, Type type, string path)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (raw is null)
        {
            return Default(type);
        }

        if (target.IsInstanceOfType(raw) && target != typeof(object) && !IsList(target, out _))
        {
            return raw;
        }

        if (_converters.FirstOrDefault(c => c.CanConvert(target)) is { } converter)
        {
            return converter.Convert(raw, target, path);
        }

        if (IsList(target, out var element))
        {
            var items = raw is IEnumerable many and not string ? many.Cast<object?>() : [raw];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var (item, index) in items.Select((item, index) => (item, index)))
            {
                list.Add(Convert(item, element, $"{path}[{index}]"));
            }

            return list;
        }

        if (raw is IDictionary<string, object?> nested)
        {
            return BindRecord(target, nested, path);
        }

        return target.IsEnum
            ? raw is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, raw)
            : System.Convert.ChangeType(raw, target, CultureInfo.InvariantCulture);
    }

    private static object? Default(Type type) =>
        IsList(type, out var element) ? Array.CreateInstance(element, 0) : type.IsValueType ? Activator.CreateInstance(type) : null;

    private static bool IsOptional(Type type, out Type inner)
    {
        var optional = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);
        inner = optional ? type.GetGenericArguments()[0] : type;
        return optional;
    }

    private static bool IsList(Type type, out Type element)
    {
        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
        element = list ? type.GetGenericArguments()[0] : typeof(object);
        return list;
    }

    private static ConstructorInfo Constructor(Type type) => Constructors.GetOrAdd(type, t =>
        t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
        ?? throw new InvalidOperationException($"{t.Name} needs a public constructor to bind a mutation input."));

    private static string FieldName(string parameter) => char.ToLowerInvariant(parameter[0]) + parameter[1..];
}
