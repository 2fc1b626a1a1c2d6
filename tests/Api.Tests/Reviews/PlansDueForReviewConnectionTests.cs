using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>R20 and issue 14: a Key Worker's reviews due as a connection, with the visibility of <c>reviewsDue</c>.</summary>
public sealed class PlansDueForReviewConnectionTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string Due = """
        query($dueBy: Date!, $first: Int, $after: String, $where: PlanDueForReviewFilterInput, $order: [PlanDueForReviewSortInput!]) {
          plansDueForReview(dueBy: $dueBy, first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { person { reference } nextReviewDue }
          }
        }
        """;

    private static string[] References(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(p => (string)p!["person"]!["reference"]!)];

    [Fact]
    public async Task R20_a_key_worker_pages_through_the_reviews_due_soonest_first()
    {
        using var sam = factory.CreateClientFor("kw-sam");
        var first = (await sam.DataAsync(Due, new { dueBy = "2026-11-30", first = 1 }))["plansDueForReview"]!;
        var next = (await sam.DataAsync(Due, new { dueBy = "2026-11-30", first = 1, after = (string)first["pageInfo"]!["endCursor"]! }))["plansDueForReview"]!;

        Assert.Equal(["p-cleo"], References(first));
        Assert.Equal("2026-11-09", (string)first["nodes"]![0]!["nextReviewDue"]!);
        Assert.Equal(2, (int)first["totalCount"]!);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["p-dev"], References(next));
        Assert.False((bool)next["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["p-cleo"], References((await sam.DataAsync(Due, new { dueBy = "2026-11-10" }))["plansDueForReview"]!));
    }

    [Fact]
    public async Task R20_the_reviews_due_follow_order_and_where()
    {
        using var sam = factory.CreateClientFor("kw-sam");
        var latestFirst = (await sam.DataAsync(Due, new { dueBy = "2026-11-30", order = new object[] { new { nextReviewDue = "DESC" } } }))["plansDueForReview"]!;
        var afterCleo = (await sam.DataAsync(Due, new { dueBy = "2026-11-30", where = new { nextReviewDue = new { gt = "2026-11-09" } } }))["plansDueForReview"]!;
        var byBudget = (await sam.DataAsync(Due, new { dueBy = "2026-11-30", where = new { indicativeBudgetPence = new { gte = 0 } } }))["plansDueForReview"]!;

        Assert.Equal(["p-dev", "p-cleo"], References(latestFirst));
        Assert.Equal(["p-dev"], References(afterCleo));
        Assert.Equal(["p-cleo", "p-dev"], References(byBudget));
    }

    [Fact]
    public async Task R27_a_provider_sees_only_the_plans_it_provides_for_and_may_not_filter_on_money()
    {
        using var oak = factory.CreateClientFor("prov-oak");
        using var ada = factory.CreateClientFor("p-ada");

        Assert.Equal(["p-dev"], References((await oak.DataAsync(Due, new { dueBy = "2026-11-30" }))["plansDueForReview"]!));
        Assert.Empty(References((await ada.DataAsync(Due, new { dueBy = "2026-11-30" }))["plansDueForReview"]!));
        var refused = await oak.PostAsync(Due, JsonNode.Parse("""{ "dueBy": "2026-11-30", "where": { "indicativeBudgetPence": { "gt": 0 } } }"""));
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(refused["data"]!["plansDueForReview"]);
    }
}
