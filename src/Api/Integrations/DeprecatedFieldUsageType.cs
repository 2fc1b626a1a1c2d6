using GraphQL.Types;

namespace CarePlanGraph.Api.Integrations;

/// <summary>A deprecated field and the integrations that still select it, for <c>deprecatedFieldUsage</c>.</summary>
public sealed record DeprecatedFieldUsage(string Coordinate, string Reason, IReadOnlyList<FieldUsage> UsedBy);

/// <summary>A deprecated field, its reason, and who still uses it (issue 17).</summary>
public sealed class DeprecatedFieldUsageType : ObjectGraphType<DeprecatedFieldUsage>
{
    public DeprecatedFieldUsageType()
    {
        Name = "DeprecatedFieldUsage";
        Description = "A deprecated field and the integrations whose trusted documents still select it.";
        Field<NonNullGraphType<StringGraphType>>("coordinate").Description("The field as a schema coordinate, `Type.field`, e.g. `Query.reviewsDue`.").Resolve(c => c.Source.Coordinate);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Its deprecation reason: what replaces it (\"Use `replacement`\"), then why.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldUsageType>>>>("usedBy").Description("The integrations whose trusted documents still select it, by name, each with those documents; empty when none do.").Resolve(c => c.Source.UsedBy);
    }
}
