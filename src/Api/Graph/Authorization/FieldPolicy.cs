using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Authorization;

/// <summary>
/// Marks a field with a named policy. <see cref="FieldPolicyMiddleware"/> enforces it for every field that carries
/// one, so the rule lives in the schema's metadata rather than in resolvers.
/// </summary>
public static class FieldPolicy
{
    private const string MetadataKey = "careplangraph:policy";

    public static FieldBuilder<TSource, TReturn> Policy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string policy)
    {
        ArgumentNullException.ThrowIfNull(field);

        // A refused field answers null; were it non-null, GraphQL would null its parent instead and hide the whole record.
        if (field.FieldType.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
        {
            throw new InvalidOperationException($"Field '{field.FieldType.Name}' has the policy '{policy}', so it must be nullable: a refusal answers null at the field.");
        }

        field.FieldType.WithMetadata(MetadataKey, policy);
        return field;
    }

    public static string? PolicyOf(FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<string?>(MetadataKey);
    }
}
