using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CarePlanGraph.Api.Tests.Diagnostics;

/// <summary>
/// The benchmark's SQL counter (bench/README.md) exists only when <c>Bench:CountSql</c> is on: a normal start-up maps no
/// <c>/bench/stats</c> and counts nothing.
/// </summary>
public sealed class SqlCommandCountingTests
{
    [Fact]
    public async Task Bench_stats_are_not_served_unless_the_setting_is_on()
    {
        await using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/bench/stats", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_the_setting_on_every_SQL_command_of_a_request_is_counted()
    {
        await using var factory = new CarePlanApiFactory();
        await using var counting = factory.WithWebHostBuilder(builder => builder.UseSetting("Bench:CountSql", "true"));
        using var client = counting.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor("kw-sam"));

        var before = await CountAsync(client);
        await client.DataAsync("{ me { name } }");
        var after = await CountAsync(client);

        // At least the known-caller lookup (R35) and the read's audit row.
        Assert.True(after - before >= 1, $"expected SQL commands to be counted, got {before} then {after}");
    }

    private static async Task<long> CountAsync(HttpClient client)
    {
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/bench/stats", UriKind.Relative)))!;
        return (long)json["sqlCommands"]!;
    }
}
