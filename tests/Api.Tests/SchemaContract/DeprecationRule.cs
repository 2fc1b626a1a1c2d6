using System.Text.RegularExpressions;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// A deprecation names what replaces it (schema/CHANGELOG.md's header): its reason starts with
/// <c>Use `replacement`</c>, where the replacement is a coordinate of the same schema that is not itself deprecated,
/// written in full (<c>`Query.plansDueForReview`</c>) or from the deprecated element's type
/// (<c>`plansDueForReview(dueBy:)`</c> on a field of <c>Query</c>; <c>`first`</c> on another argument of the same field).
/// </summary>
internal static partial class DeprecationRule
{
    public static IReadOnlyList<string> Problems(SdlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var coordinates = schema.Coordinates.ToHashSet(StringComparer.Ordinal);
        var deprecated = schema.Deprecations.Select(d => d.Coordinate).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var deprecation in schema.Deprecations)
        {
            var match = UseReplacement().Match(deprecation.Reason);
            if (!match.Success)
            {
                problems.Add($"`{deprecation.Coordinate}`: the reason must start with \"Use `replacement`\", but is \"{deprecation.Reason}\".");
                continue;
            }

            var named = match.Groups[1].Value;
            var replacement = new[] { named, $"{deprecation.ParentType}.{named}", $"{deprecation.ParentType}.{deprecation.ParentField}({named.TrimEnd(':')}:)" }
                .FirstOrDefault(coordinates.Contains);
            if (replacement is null)
            {
                problems.Add($"`{deprecation.Coordinate}`: its replacement `{named}` is not in the schema.");
            }
            else if (deprecated.Contains(replacement))
            {
                problems.Add($"`{deprecation.Coordinate}`: its replacement `{replacement}` is deprecated too; name what to use now.");
            }
        }

        return problems;
    }

    [GeneratedRegex("^Use `([^`]+)`")]
    private static partial Regex UseReplacement();
}
