using GraphQLParser;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// A schema read from SDL (the checked-in <c>schema/schema.graphql</c> or a released copy) as much as the change-log
/// tests need: each type's kind and members, the types of fields, arguments and input fields, and deprecations.
/// Read with GraphQLParser (which GraphQL.NET uses), so nothing here depends on the running API.
/// </summary>
internal sealed class SdlSchema
{
    private SdlSchema(IReadOnlyDictionary<string, SdlType> types) => Types = types;

    public IReadOnlyDictionary<string, SdlType> Types { get; }

    /// <summary>Every schema coordinate: <c>Type</c>, <c>Type.field</c>, <c>Type.field(argument:)</c>, <c>Input.field</c>, <c>Enum.VALUE</c>.</summary>
    public IEnumerable<string> Coordinates => Types.Values.SelectMany(type =>
        new[] { type.Name }
            .Concat(type.Fields.SelectMany(f => new[] { $"{type.Name}.{f.Key}" }.Concat(f.Value.Arguments.Keys.Select(a => $"{type.Name}.{f.Key}({a}:)"))))
            .Concat(type.InputFields.Keys.Select(f => $"{type.Name}.{f}"))
            .Concat(type.EnumValues.Keys.Select(v => $"{type.Name}.{v}")));

    /// <summary>Every deprecated field, argument, input field and enum value, by coordinate, with its parent type.</summary>
    public IEnumerable<SdlDeprecation> Deprecations => Types.Values.SelectMany(type =>
        type.Fields.SelectMany(f => f.Value.Arguments
                .Where(a => a.Value.DeprecationReason is not null)
                .Select(a => new SdlDeprecation($"{type.Name}.{f.Key}({a.Key}:)", type.Name, a.Value.DeprecationReason!, f.Key))
                .Prepend(f.Value.DeprecationReason is { } reason ? new SdlDeprecation($"{type.Name}.{f.Key}", type.Name, reason) : null))
            .Concat(type.InputFields.Where(f => f.Value.DeprecationReason is not null).Select(f => new SdlDeprecation($"{type.Name}.{f.Key}", type.Name, f.Value.DeprecationReason!)))
            .Concat(type.EnumValues.Where(v => v.Value is not null).Select(v => new SdlDeprecation($"{type.Name}.{v.Key}", type.Name, v.Value!)))
            .OfType<SdlDeprecation>());

    public static SdlSchema Parse(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var types = new Dictionary<string, SdlType>(StringComparer.Ordinal);
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            var type = definition switch
            {
                GraphQLObjectTypeDefinition o => new SdlType(o.Name.StringValue, SdlKind.Object, Fields(o.Fields), Interfaces: Names(o.Interfaces?.Items)),
                GraphQLInterfaceTypeDefinition i => new SdlType(i.Name.StringValue, SdlKind.Interface, Fields(i.Fields), Interfaces: Names(i.Interfaces?.Items)),
                GraphQLInputObjectTypeDefinition i => new SdlType(i.Name.StringValue, SdlKind.InputObject, InputFields: Inputs(i.Fields?.Items)),
                GraphQLEnumTypeDefinition e => new SdlType(e.Name.StringValue, SdlKind.Enum, EnumValues: (e.Values?.Items ?? []).ToDictionary(v => v.EnumValue.Name.StringValue, v => DeprecationReason(v.Directives), StringComparer.Ordinal)),
                GraphQLUnionTypeDefinition u => new SdlType(u.Name.StringValue, SdlKind.Union, Members: Names(u.Types?.Items)),
                GraphQLScalarTypeDefinition s => new SdlType(s.Name.StringValue, SdlKind.Scalar),

                // The root operation types are compared as the types they name; the exported schema declares no directives.
                GraphQLSchemaDefinition or GraphQLDirectiveDefinition => null,
                _ => throw new NotSupportedException($"{definition.Kind} is not compared: extend {nameof(SdlSchema)} before the schema uses it."),
            };
            if (type is not null)
            {
                types.Add(type.Name, type);
            }
        }

        return new SdlSchema(types);
    }

    /// <summary>A type as written in SDL, e.g. <c>[PlanStatus!]!</c>.</summary>
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => "[" + Print(l.Type) + "]",
        GraphQLNamedType t => t.Name.StringValue,
        _ => throw new NotSupportedException(type.Kind.ToString()),
    };

    private static Dictionary<string, SdlField> Fields(GraphQLFieldsDefinition? fields) =>
        (fields?.Items ?? []).ToDictionary(f => f.Name.StringValue, f => new SdlField(f.Type, Inputs(f.Arguments?.Items), DeprecationReason(f.Directives)), StringComparer.Ordinal);

    private static Dictionary<string, SdlInput> Inputs(List<GraphQLInputValueDefinition>? inputs) =>
        (inputs ?? []).ToDictionary(i => i.Name.StringValue, i => new SdlInput(i.Type, i.DefaultValue is not null, DeprecationReason(i.Directives)), StringComparer.Ordinal);

    private static HashSet<string> Names(List<GraphQLNamedType>? names) => [.. (names ?? []).Select(n => n.Name.StringValue)];

    /// <summary>The reason of a <c>@deprecated</c> directive; the specification's default when it gives none.</summary>
    private static string? DeprecationReason(GraphQLDirectives? directives)
    {
        var deprecated = directives?.Items.FirstOrDefault(d => d.Name.StringValue == "deprecated");
        return deprecated is null ? null : (deprecated.Arguments?.ValueFor("reason") as GraphQLStringValue)?.Value.ToString() ?? "No longer supported";
    }
}

internal enum SdlKind
{
    Object,
    Interface,
    InputObject,
    Enum,
    Union,
    Scalar,
}

/// <summary>One type: its kind, and the members its kind has (the others are empty).</summary>
internal sealed record SdlType(
    string Name,
    SdlKind Kind,
    IReadOnlyDictionary<string, SdlField>? Fields = null,
    IReadOnlyDictionary<string, SdlInput>? InputFields = null,
    IReadOnlyDictionary<string, string?>? EnumValues = null,
    IReadOnlySet<string>? Members = null,
    IReadOnlySet<string>? Interfaces = null)
{
    public IReadOnlyDictionary<string, SdlField> Fields { get; } = Fields ?? new Dictionary<string, SdlField>();

    public IReadOnlyDictionary<string, SdlInput> InputFields { get; } = InputFields ?? new Dictionary<string, SdlInput>();

    /// <summary>Each enum value, with its deprecation reason (null when it is not deprecated).</summary>
    public IReadOnlyDictionary<string, string?> EnumValues { get; } = EnumValues ?? new Dictionary<string, string?>();

    /// <summary>A union's member types.</summary>
    public IReadOnlySet<string> Members { get; } = Members ?? new HashSet<string>();

    /// <summary>The interfaces an object or interface type implements.</summary>
    public IReadOnlySet<string> Interfaces { get; } = Interfaces ?? new HashSet<string>();
}

/// <summary>An output field of an object or interface type.</summary>
internal sealed record SdlField(GraphQLType Type, IReadOnlyDictionary<string, SdlInput> Arguments, string? DeprecationReason);

/// <summary>An argument or an input object's field.</summary>
internal sealed record SdlInput(GraphQLType Type, bool HasDefault, string? DeprecationReason)
{
    /// <summary>A client must give it: non-null, with no default.</summary>
    public bool Required => Type is GraphQLNonNullType && !HasDefault;
}

/// <summary>A deprecated schema element, by coordinate, with the type (and, for an argument, the field) it belongs to and the reason given.</summary>
internal sealed record SdlDeprecation(string Coordinate, string ParentType, string Reason, string? ParentField = null);
