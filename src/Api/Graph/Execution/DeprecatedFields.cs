using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// The schema's deprecated output fields, as the schema coordinates <see cref="DocumentInspector"/> records for the
/// fields a document selects (<c>Type.field</c>), so the two can be matched.
/// </summary>
public static class DeprecatedFields
{
    public static IReadOnlyList<DeprecatedField> Of(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return [.. schema.AllTypes
            .Where(type => type is IObjectGraphType or IInterfaceGraphType && !type.Name.StartsWith("__", StringComparison.Ordinal))
            .Cast<IComplexGraphType>()
            .SelectMany(type => type.Fields
                .Where(field => field.DeprecationReason is not null)
                .Select(field => new DeprecatedField(type.Name + "." + field.Name, field.DeprecationReason!)))
            .OrderBy(field => field.Coordinate, StringComparer.Ordinal)];
    }
}

/// <summary>A deprecated field, as <c>Type.field</c>, and its deprecation reason.</summary>
public sealed record DeprecatedField(string Coordinate, string Reason);
