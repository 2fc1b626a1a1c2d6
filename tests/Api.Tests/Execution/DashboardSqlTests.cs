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

        var forTen = await SqlCommandsAsync(client, persona, 10);
        var forHundred = await SqlCommandsAsync(client, persona, 100);

        Assert.Equal(forTen.Commands, forHundred.Commands);
        Assert.Equal(10, forTen.Plans);
        Assert.Equal(100, forHundred.Plans);
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

    private async Task<(int Commands, int Plans)> SqlCommandsAsync(HttpClient client, string persona, int first)
    {
        _factory.Sql.Reset();
        var data = await client.DataAsync(persona.StartsWith("prov-", StringComparison.Ordinal) ? Dashboard.ForProviders : Dashboard.Query, new { first });
        return (_factory.Sql.Count, data["plans"]!["nodes"]!.AsArray().Count);
    }
}
