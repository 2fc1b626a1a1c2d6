using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// schema/CHANGELOG.md keeps up with schema/schema.graphql: every breaking change since the last released schema
/// (schema/released/yyyy-MM-dd.graphql) and every new deprecation has an entry, and every deprecation names what
/// replaces it. How the file reads is tested on small examples first, so each check is known to be able to fail.
/// </summary>
public sealed class SchemaChangeLogTests
{
    private const string ChangeLogFile = "schema/CHANGELOG.md";
    private const string SchemaFile = "schema/schema.graphql";
    private const string ReleasedFolder = "schema/released";

    private const string Example = """
        # Schema change log

        Name a change as `Type.field` under the heading that says what it is, e.g. `Plan.status`.

        ## Unreleased

        ### Breaking
        - `Plan.status` is a `String!` now; `PlanStatus.DRAFT` went with it.

        ### Deprecated
        - `Query.reviewsDue`: use `Query.plansDueForReview`.

        ## 2026-12-02

        ### Breaking
        - `Plan.note` was removed.
        """;

    [Fact]
    public void Entries_count_from_the_unreleased_section_and_releases_after_the_baseline_and_only_under_their_heading()
    {
        var log = SchemaChangeLog.Parse(Example);

        Assert.Empty(log.Problems);
        Assert.Equal(["Plan.status", "PlanStatus.DRAFT", "String!"], log.CoordinatesSince(new DateOnly(2026, 12, 2), "Breaking").Order(StringComparer.Ordinal));
        Assert.Equal(["Plan.note", "Plan.status", "PlanStatus.DRAFT", "String!"], log.CoordinatesSince(new DateOnly(2026, 12, 1), "Breaking").Order(StringComparer.Ordinal));
        Assert.Equal(["Query.plansDueForReview", "Query.reviewsDue"], log.CoordinatesSince(new DateOnly(2026, 12, 2), "Deprecated").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("## Unreleased", "## Next", "\"## Next\" is neither")]
    [InlineData("## Unreleased", "## 2026-12-09", "The first section must be \"## Unreleased\"")]
    [InlineData("## 2026-12-02", "## 2026-11-30\n\n## 2026-12-02", "Releases must be listed newest first")]
    [InlineData("## 2026-12-02", "## 2026-12-02\n\n## 2026-12-02", "Releases must be listed newest first")]
    public void A_change_log_out_of_shape_is_refused(string find, string replace, string problem)
    {
        var log = SchemaChangeLog.Parse(Example.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(log.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void The_change_log_is_in_shape_and_records_the_release_the_baseline_was_taken_at()
    {
        var (date, _) = Baseline();
        var log = SchemaChangeLog.Parse(File.ReadAllText(RepositoryFiles.PathOf(ChangeLogFile)));

        Assert.Empty(log.Problems);
        Assert.Contains(log.Sections, s => s.Date == date);
    }

    [Fact]
    public void Every_breaking_change_since_the_last_release_has_an_entry()
    {
        var (date, released) = Baseline();
        var log = SchemaChangeLog.Parse(File.ReadAllText(RepositoryFiles.PathOf(ChangeLogFile)));
        var recorded = log.CoordinatesSince(date, "Breaking");

        var missing = BreakingChanges.Between(released, Current()).Where(c => !recorded.Contains(c.Coordinate)).ToList();

        Assert.True(
            missing.Count == 0,
            $"{SchemaFile} breaks clients of the {date:yyyy-MM-dd} release. Avoid the break (add, then deprecate), or name each coordinate "
            + $"in backticks under \"### Breaking\" in \"## Unreleased\" of {ChangeLogFile}, saying what an integrator must do:\n"
            + string.Join('\n', missing));
    }

    [Fact]
    public void Every_deprecation_since_the_last_release_has_an_entry()
    {
        var (date, released) = Baseline();
        var log = SchemaChangeLog.Parse(File.ReadAllText(RepositoryFiles.PathOf(ChangeLogFile)));
        var recorded = log.CoordinatesSince(date, "Deprecated");
        var before = released.Deprecations.Select(d => d.Coordinate).ToHashSet(StringComparer.Ordinal);

        var missing = Current().Deprecations.Where(d => !before.Contains(d.Coordinate) && !recorded.Contains(d.Coordinate)).Select(d => d.Coordinate).ToList();

        Assert.True(
            missing.Count == 0,
            $"Deprecated since the {date:yyyy-MM-dd} release without an entry under \"### Deprecated\" in \"## Unreleased\" of {ChangeLogFile}: "
            + string.Join(", ", missing.Select(c => $"`{c}`")));
    }

    [Fact]
    public void Every_deprecation_in_the_schema_names_its_replacement()
    {
        var problems = DeprecationRule.Problems(Current());

        Assert.True(problems.Count == 0, $"In {SchemaFile}:\n" + string.Join('\n', problems));
    }

    private static SdlSchema Current() => SdlSchema.Parse(File.ReadAllText(RepositoryFiles.PathOf(SchemaFile)));

    /// <summary>The newest released schema, and its release date (its file name).</summary>
    private static (DateOnly Date, SdlSchema Schema) Baseline()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf(ReleasedFolder), "*.graphql")
            .Select(f => (Path: f, Date: DateOnly.TryParseExact(Path.GetFileNameWithoutExtension(f), "yyyy-MM-dd", out var d) ? d : (DateOnly?)null))
            .ToList();
        Assert.True(files.Count > 0 && files.All(f => f.Date is not null), $"{ReleasedFolder} must hold the released schemas, each named yyyy-MM-dd.graphql.");
        var newest = files.MaxBy(f => f.Date)!;
        var schema = SdlSchema.Parse(File.ReadAllText(newest.Path));

        // An empty baseline would make every comparison pass.
        Assert.True(schema.Types.ContainsKey("Query"), $"{newest.Path} has no Query type: is it a schema?");
        return (newest.Date!.Value, schema);
    }
}
