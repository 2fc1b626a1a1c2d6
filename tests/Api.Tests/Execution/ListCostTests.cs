using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;

namespace CarePlanGraph.Api.Tests.Execution;

/// <summary>
/// R35: the cost estimate prices lists by the page they ask for (Hot Chocolate's list-size idea), so a portal's
/// real dashboard fits and abusive shapes are still refused before anything runs, with their cost in the message.
/// </summary>
public sealed partial class ListCostTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Fact]
    public async Task R35_a_dashboard_of_50_plans_with_versions_items_and_assessment_is_allowed()
    {
        await ManyPlans.EnsureAsync(_factory, 60);
        using var client = _factory.CreateClientFor("admin-jo");

        var data = await client.DataAsync(Dashboard.Query, new { first = 50 });

        var plans = data["plans"]!["nodes"]!.AsArray();
        Assert.Equal(50, plans.Count);
        Assert.Contains(plans, plan => plan!["agreedVersion"]?["supportItems"]?.AsArray().Count == 3);
    }

    [Fact]
    public async Task R35_the_dashboard_at_the_largest_page_is_allowed_and_two_copies_of_it_are_refused_with_their_cost()
    {
        await ManyPlans.EnsureAsync(_factory, 110);
        using var client = _factory.CreateClientFor("admin-jo");

        var single = await client.PostAsync(Dashboard.Query, new { first = 100 });
        var doubled = await RefusedAsync(client, Dashboard.Aliased(2), new { first = 100 });

        Assert.Null(single["errors"]);
        Assert.Equal(100, single["data"]!["plans"]!["nodes"]!.AsArray().Count);
        var cost = CostIn(doubled);
        Assert.InRange(cost, new RequestLimitsOptions().MaxComplexity + 1, int.MaxValue);
    }

    [Fact]
    public async Task R35_nested_lists_under_a_page_of_100_are_refused_with_their_cost()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        const string nested = """
            { people(first: 100) { nodes { plans { versions { supportItems { description needsMet { description } outcomesMet { description } } } } } } }
            """;

        var refused = await RefusedAsync(client, nested, variables: null);

        // 100 people x 5 plans x 5 versions x 15 items x (description, two lists of 5 descriptions): far past the limit.
        Assert.True(CostIn(refused) > 100_000, refused.GetRawText());
    }

    [Fact]
    public async Task R35_a_page_size_in_a_variable_is_priced_at_its_value_on_every_request()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        var query = Dashboard.Aliased(3);

        var small = await client.PostAsync(query, new { first = 10 });
        var large = await RefusedAsync(client, query, new { first = 100 });

        Assert.Null(small["errors"]);
        Assert.True(CostIn(large) > new RequestLimitsOptions().MaxComplexity);
    }

    [Fact]
    public async Task R35_a_connection_without_first_or_last_is_priced_at_the_default_page()
    {
        // 40 aliases of a page of 20 plans with 15 items each: priced as the pager will answer, not as 5 plans.
        using var client = _factory.CreateClientFor("admin-jo");
        var aliases = string.Concat(Enumerable.Range(0, 40).Select(i => $" p{i}: plans {{ nodes {{ currentVersion {{ supportItems {{ description unitCost {{ formatted }} }} }} }} }}"));

        var refused = await RefusedAsync(client, "{" + aliases + " }", variables: null);

        Assert.True(CostIn(refused) > 40 * 20 * 15, refused.GetRawText());
    }

    [Fact]
    public async Task R35_nodes_by_id_is_priced_by_the_number_of_ids()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        var ids = Enumerable.Range(0, 100).Select(_ => NodeId.Encode("CarePlan", Guid.NewGuid())).ToArray();
        const string query = """
            query ($ids: [ID!]!) { nodes(ids: $ids) { ... on CarePlan { versions { supportItems { description needsMet { description } outcomesMet { description } } } history { kind occurredAt } } } }
            """;

        var refused = await RefusedAsync(client, query, new { ids });

        Assert.True(CostIn(refused) > 100 * 5 * 15, refused.GetRawText());
    }

    private static async Task<JsonElement> RefusedAsync(HttpClient client, string query, object? variables)
    {
        using var response = await client.SendAsync(TransportRequests.Post(JsonSerializer.Serialize(new { query, variables })));
        var body = await TransportRequests.ReadJsonAsync(response);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), "a refused request must not have run");
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
        return body;
    }

    /// <summary>The estimated cost the refusal names.</summary>
    private static int CostIn(JsonElement refused)
    {
        var message = TransportRequests.FirstErrorMessage(refused);
        var match = CostPattern().Match(message);
        Assert.True(match.Success, message);
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"estimated cost is ([\d,]+) and the most allowed is")]
    private static partial Regex CostPattern();
}
