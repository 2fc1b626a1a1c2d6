using System.Text.Encodings.Web;
using System.Text.Json;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Paging;

/// <summary>The README's `where`/`order` examples (issue 14): each query and its output appear in the README verbatim, and the API gives that output on the demo data.</summary>
public sealed class ReadmeConnectionExampleTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    public const string ProviderReviewsDueThisMonth =
        """{ plans(where: { nextReviewDue: { gte: "2026-11-01", lte: "2026-11-30" } }, order: [{ nextReviewDue: ASC }]) { nodes { person { preferredName } status nextReviewDue } } }""";

    public const string ProviderReviewsDueThisMonthOutput =
        """{"data":{"plans":{"nodes":[{"person":{"preferredName":"Cleo"},"status":"ACTIVE","nextReviewDue":"2026-11-09"},{"person":{"preferredName":"Dev"},"status":"ACTIVE","nextReviewDue":"2026-11-16"}]}}}""";

    public const string KeyWorkerSubmittedOverBudget =
        """{ plans(where: { status: { eq: SUBMITTED }, overIndicativeBudget: { eq: true } }, order: [{ currentCostPence: DESC }]) { totalCount nodes { person { preferredName } budget { budget { formatted } totalAnnualCost { formatted } } } } }""";

    public const string KeyWorkerSubmittedOverBudgetOutput =
        """{"data":{"plans":{"totalCount":1,"nodes":[{"person":{"preferredName":"Ben"},"budget":{"budget":{"formatted":"£17,000.00"},"totalAnnualCost":{"formatted":"£18,450.00"}}}]}}}""";

    [Theory]
    [InlineData("prov-sunrise", ProviderReviewsDueThisMonth, ProviderReviewsDueThisMonthOutput)]
    [InlineData("kw-sam", KeyWorkerSubmittedOverBudget, KeyWorkerSubmittedOverBudgetOutput)]
    public async Task The_README_shows_the_query_and_its_real_output(string persona, string query, string output)
    {
        using var client = factory.CreateClientFor(persona);
        var body = await client.PostAsync(query);
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"));

        // As the server writes it: "£" as itself.
        var actual = body.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.True(output == actual, "The API answered: " + actual);
        Assert.Contains(query.Replace("\"", "\\\"", StringComparison.Ordinal), readme, StringComparison.Ordinal);
        Assert.Contains(output, readme, StringComparison.Ordinal);
    }
}
