using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>The README's "Reviews, complaints and staying safe" example: it is there verbatim, and it answers as shown.</summary>
public sealed class ReadmeReviewsExampleTests
{
    private const string ReviewsDue = "{ plansDueForReview(dueBy: \"2027-01-31\") { nodes { person { reference } status nextReviewDue nextReviewKind reviewOverdue } } }";

    [Fact]
    public async Task R20_the_readme_example_of_reviews_due_is_shown_verbatim_and_lists_the_key_workers_reviews()
    {
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"));
        Assert.Contains(ReviewsDue.Replace("\"", "\\\"", StringComparison.Ordinal), readme, StringComparison.Ordinal);

        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var due = (await sam.DataAsync(ReviewsDue))["plansDueForReview"]!["nodes"]!.AsArray();

        // Demo dates are relative to the day the data is loaded: here the fixed clock's 2 November 2026.
        Assert.Equal(
            [("p-cleo", "ACTIVE", "2026-11-09", "FIRST", false), ("p-dev", "ACTIVE", "2026-11-16", "FIRST", false)],
            due.Select(p => ((string)p!["person"]!["reference"]!, (string)p["status"]!, (string)p["nextReviewDue"]!, (string)p["nextReviewKind"]!, (bool)p["reviewOverdue"]!)));
    }
}
