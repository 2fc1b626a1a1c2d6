using GraphQLParser.AST;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>A change that can break a client written against the earlier schema, at a schema coordinate.</summary>
internal sealed record BreakingChange(string Coordinate, string What)
{
    public override string ToString() => $"`{Coordinate}`: {What}";
}

/// <summary>
/// The changes between two schemas that can break a client (schema/CHANGELOG.md says which, for integrators).
/// A document that was valid must stay valid and its results readable: so a type, field, argument, input field, enum
/// value, union member or implemented interface may not go; a type may not change kind; an output field may only
/// become non-null; an argument or input field may only become nullable; and nothing new may be required of a client
/// (a non-null argument or input field without a default). Additions, descriptions and deprecations break nothing.
/// </summary>
internal static class BreakingChanges
{
    public static IReadOnlyList<BreakingChange> Between(SdlSchema before, SdlSchema after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<BreakingChange>();
        foreach (var old in before.Types.Values)
        {
            if (!after.Types.TryGetValue(old.Name, out var now))
            {
                changes.Add(new(old.Name, $"the {Describe(old.Kind)} was removed"));
                continue;
            }

            if (now.Kind != old.Kind)
            {
                changes.Add(new(old.Name, $"was {Describe(old.Kind)}, now {Describe(now.Kind)}"));
                continue;
            }

            changes.AddRange(old.Interfaces.Except(now.Interfaces).Select(i => new BreakingChange(old.Name, $"no longer implements {i}")));
            changes.AddRange(old.Members.Except(now.Members).Select(m => new BreakingChange(old.Name, $"{m} is no longer a member")));
            changes.AddRange(old.EnumValues.Keys.Except(now.EnumValues.Keys).Select(v => new BreakingChange($"{old.Name}.{v}", "the enum value was removed")));
            CompareFields(old, now, changes);
            CompareInputs($"{old.Name}.", "", "input field", old.InputFields, now.InputFields, changes);
        }

        return [.. changes.OrderBy(c => c.Coordinate, StringComparer.Ordinal).ThenBy(c => c.What, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<BreakingChange> Between(string before, string after) => Between(SdlSchema.Parse(before), SdlSchema.Parse(after));

    private static void CompareFields(SdlType old, SdlType now, List<BreakingChange> changes)
    {
        foreach (var (name, field) in old.Fields)
        {
            var coordinate = $"{old.Name}.{name}";
            if (!now.Fields.TryGetValue(name, out var current))
            {
                changes.Add(new(coordinate, "the field was removed"));
                continue;
            }

            if (!SafeForOutput(field.Type, current.Type))
            {
                changes.Add(new(coordinate, $"its type changed from {SdlSchema.Print(field.Type)} to {SdlSchema.Print(current.Type)}"));
            }

            CompareInputs($"{coordinate}(", ":)", "argument", field.Arguments, current.Arguments, changes);
        }
    }

    /// <summary>Arguments of a field, or fields of an input object: what a client sends.</summary>
    private static void CompareInputs(string prefix, string suffix, string noun, IReadOnlyDictionary<string, SdlInput> old, IReadOnlyDictionary<string, SdlInput> now, List<BreakingChange> changes)
    {
        foreach (var (name, input) in old)
        {
            var coordinate = prefix + name + suffix;
            if (!now.TryGetValue(name, out var current))
            {
                changes.Add(new(coordinate, $"the {noun} was removed"));
            }
            else if (!SafeForInput(input.Type, current.Type))
            {
                changes.Add(new(coordinate, $"its type changed from {SdlSchema.Print(input.Type)} to {SdlSchema.Print(current.Type)}"));
            }
            else if (current.Required && !input.Required)
            {
                changes.Add(new(coordinate, $"the {noun} lost its default, so it is now required"));
            }
        }

        changes.AddRange(now.Where(i => i.Value.Required && !old.ContainsKey(i.Key)).Select(i => new BreakingChange(prefix + i.Key + suffix, $"a new required {noun} ({SdlSchema.Print(i.Value.Type)}, no default)")));
    }

    /// <summary>What a client reads: every value it could get before it can still get, and may now be sure of more (null → non-null).</summary>
    private static bool SafeForOutput(GraphQLType before, GraphQLType after) => (before, after) switch
    {
        (GraphQLNonNullType b, GraphQLNonNullType a) => SafeForOutput(b.Type, a.Type),
        (GraphQLNonNullType, _) => false,
        (_, GraphQLNonNullType a) => SafeForOutput(before, a.Type),
        (GraphQLListType b, GraphQLListType a) => SafeForOutput(b.Type, a.Type),
        (GraphQLNamedType b, GraphQLNamedType a) => b.Name.StringValue == a.Name.StringValue,
        _ => false,
    };

    /// <summary>What a client sends: every value (and variable type) it could send must still be accepted; null may become allowed.</summary>
    private static bool SafeForInput(GraphQLType before, GraphQLType after) => (before, after) switch
    {
        (GraphQLNonNullType b, GraphQLNonNullType a) => SafeForInput(b.Type, a.Type),
        (GraphQLNonNullType b, _) => SafeForInput(b.Type, after),
        (_, GraphQLNonNullType) => false,
        (GraphQLListType b, GraphQLListType a) => SafeForInput(b.Type, a.Type),
        (GraphQLNamedType b, GraphQLNamedType a) => b.Name.StringValue == a.Name.StringValue,
        _ => false,
    };

    private static string Describe(SdlKind kind) => kind switch
    {
        SdlKind.Object => "object type",
        SdlKind.Interface => "interface",
        SdlKind.InputObject => "input object",
        SdlKind.Enum => "enum",
        SdlKind.Union => "union",
        _ => "scalar",
    };
}
