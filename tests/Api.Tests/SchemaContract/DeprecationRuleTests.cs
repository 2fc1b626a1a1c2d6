namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary><see cref="DeprecationRule"/>: a deprecation names a replacement that exists and is not deprecated itself.</summary>
public sealed class DeprecationRuleTests
{
    private const string Schema = """
        type Query {
          plans(first: Int, top: Int @deprecated(reason: "Use `first`: the same count, named as in every connection.")): [Plan!]!
          reviewsDue(before: String): [Plan!]! REASON
          plansDueForReview(dueBy: String): [Plan!]!
        }
        type Plan { status: Status! }
        enum Status { DRAFT AGREED }
        """;

    [Theory]
    [InlineData("@deprecated(reason: \"Use `plansDueForReview(dueBy:)`: the same plans as a connection.\")")]
    [InlineData("@deprecated(reason: \"Use `Query.plansDueForReview`.\")")]
    [InlineData("@deprecated(reason: \"Use `Plan`s from `plans` instead.\")")]
    [InlineData("")]
    public void A_deprecation_naming_its_replacement_passes(string reason)
    {
        Assert.Empty(DeprecationRule.Problems(SdlSchema.Parse(Schema.Replace("REASON", reason, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("@deprecated", "the reason must start with \"Use `replacement`\", but is \"No longer supported\"")]
    [InlineData("@deprecated(reason: \"Going away in 2027.\")", "the reason must start with \"Use `replacement`\", but is \"Going away in 2027.\"")]
    [InlineData("@deprecated(reason: \"Use the connection.\")", "the reason must start with \"Use `replacement`\"")]
    [InlineData("@deprecated(reason: \"Use `reviewsDueSoon`.\")", "its replacement `reviewsDueSoon` is not in the schema")]
    [InlineData("@deprecated(reason: \"Use `plans(top:)`.\")", "its replacement `Query.plans(top:)` is deprecated too")]
    public void A_deprecation_without_a_usable_replacement_is_a_problem(string reason, string problem)
    {
        var problems = DeprecationRule.Problems(SdlSchema.Parse(Schema.Replace("REASON", reason, StringComparison.Ordinal)));

        var only = Assert.Single(problems);
        Assert.StartsWith("`Query.reviewsDue`: " + problem, only, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_and_arguments_are_checked_too()
    {
        var schema = SdlSchema.Parse(Schema.Replace("REASON", "", StringComparison.Ordinal)
            .Replace("DRAFT AGREED", "DRAFT AGREED PENDING @deprecated(reason: \"Use `AGREED`.\") WAITING @deprecated(reason: \"Soon gone.\")", StringComparison.Ordinal)
            .Replace("first: Int,", "first: Int @deprecated(reason: \"Gone.\"),", StringComparison.Ordinal));

        Assert.Equal(["Query.plans(first:)", "Query.plans(top:)", "Status.PENDING", "Status.WAITING"], schema.Deprecations.Select(d => d.Coordinate).Order(StringComparer.Ordinal));
        var problems = DeprecationRule.Problems(schema);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("`Query.plans(first:)`: the reason must start with", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("`Query.plans(top:)`: its replacement `Query.plans(first:)` is deprecated too", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("`Status.WAITING`: the reason must start with", StringComparison.Ordinal));
    }
}
