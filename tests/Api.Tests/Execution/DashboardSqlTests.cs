using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Execution;

/// <summary>
/// The dashboard's database work does not grow with its page: every field below the page loads for all its rows
/// at once (DataLoaders), so 100 plans cost the same number of SQL commands as 10.
/// </summary>
public sealed class DashboardSqlTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    [Theory]
    [InlineData("admin-jo")]
    [InlineData("kw-sam")]
    [InlineData("prov-sunrise")]
    public async Task The_dashboard_costs_as_many_sql_commands_for_100_plans_as_for_10(string persona)
    {
        await ManyPlans.EnsureAsync(_factory, 110);
        using var client = _factory.CreateClientFor(persona);
        await client.DataAsync("{ __typename }");

        var query = persona.StartsWith("prov-", StringComparison.Ordinal) ? Dashboard.ForProviders : Dashboard.Query;
        var forTen = await SqlCommandsAsync(client, query, 10);
        var forHundred = await SqlCommandsAsync(client, query, 100);

        Assert.Equal(forTen.Commands, forHundred.Commands);
        Assert.Equal(10, forTen.Plans);
        Assert.Equal(100, forHundred.Plans);
    }

    [Theory]
    [InlineData("kw-sam", 5)]
    [InlineData("prov-sunrise", 4)]
    public async Task The_dashboard_reads_the_page_the_people_and_the_versions_in_a_few_commands(string persona, int expected)
    {
        // Who the caller is, the page, the people, the versions. A version's helpers, mitigations and decisions are
        // columns of its row (decision 0020), not a command each; a provider's versions come joined with its own items,
        // while a Key Worker's items (every item of every version) come in a command of their own.
        await ManyPlans.EnsureAsync(_factory, 110);
        using var client = _factory.CreateClientFor(persona);
        await client.DataAsync("{ __typename }");

        const string Page = "query Page($first: Int) { plans(first: $first) { nodes { id status nextReviewDue person { preferredName } agreedVersion { number supportItems { description frequency quantity } } } } }";
        await client.DataAsync(Page, new { first = 50 });

        var (commands, plans) = await SqlCommandsAsync(client, Page, 50);

        Assert.Equal(50, plans);
        Assert.True(expected == commands, string.Join("\n---\n", _factory.Sql.Texts));
    }

    [Fact]
    public async Task The_dashboards_audit_knows_whose_plans_it_read_without_asking_the_database()
    {
        await ManyPlans.EnsureAsync(_factory, 110);
        using var client = _factory.CreateClientFor("prov-sunrise");
        await client.DataAsync("{ __typename }");

        _factory.Sql.Reset();
        await client.DataAsync(Dashboard.ForProviders, new { first = 10 });

        // The page read each plan (and so its person) before its versions: looking the versions' plans up again would
        // be one more round trip per request.
        Assert.DoesNotContain(_factory.Sql.Texts, text => text.Contains("\"PersonId\"", StringComparison.Ordinal) && text.Contains("@planIds", StringComparison.Ordinal));
    }

    private async Task<(int Commands, int Plans)> SqlCommandsAsync(HttpClient client, string query, int first)
    {
        _factory.Sql.Reset();
        var data = await client.DataAsync(query, new { first });
        return (_factory.Sql.Count, data["plans"]!["nodes"]!.AsArray().Count);
    }
}
