using System.Text.Json.Nodes;
using CarePlanGraph.Api.Integrations;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>Issue 15: an integration's use per day, counted in memory and added to the database in batches.</summary>
public sealed class IntegrationUsageTests
{
    private const string Usage = """
        query($name: String!) { integrations(where: { name: { eq: $name } }) { nodes { usage(days: 2) { day requests errors throttled operations { operation requests errors } } } } }
        """;

    [Fact]
    public async Task An_integrations_requests_errors_throttled_requests_and_operations_are_counted_per_day_for_its_owners_and_administrators()
    {
        using var factory = new CarePlanApiFactory();
        using var oak = factory.CreateClientFor("prov-oak");
        using var sam = factory.CreateClientFor("kw-sam");
        using var jo = factory.CreateClientFor("admin-jo");
        var recorder = factory.Services.GetRequiredService<IntegrationUsageRecorder>();

        await oak.DataAsync("query OakDirectory { organisations { totalCount } }");
        await oak.DataAsync("query OakDirectory { organisations { totalCount } }");
        await oak.PostAsync("query OakBroken { organisations { nope } }");
        await sam.DataAsync("query SamOnly { organisations { totalCount } }");
        recorder.Throttled(Api.Demo.DemoData.ClientIdOf("prov-oak").ToString());
        await recorder.FlushAsync(CancellationToken.None);

        // The admin's own reads are not an integration's: they are not counted.
        var days = (await jo.DataAsync(Usage, new { name = "Oak Tree Day Services portal" }))["integrations"]!["nodes"]![0]!["usage"]!.AsArray();
        var today = Assert.Single(days)!;
        Assert.Equal(("2026-11-02", 3L, 1L, 1L), ((string)today["day"]!, (long)today["requests"]!, (long)today["errors"]!, (long)today["throttled"]!));
        Assert.Equal(
            [("query OakDirectory", 2L, 0L), ("query OakBroken", 1L, 1L)],
            today["operations"]!.AsArray().Select(o => ((string)o!["operation"]!, (long)o["requests"]!, (long)o["errors"]!)));

        // Its own organisation sees the same; a second batch adds to the first.
        await oak.DataAsync("query OakDirectory { organisations { totalCount } }");
        await recorder.FlushAsync(CancellationToken.None);
        var own = (await oak.DataAsync(Usage, new { name = "Oak Tree Day Services portal" }))["integrations"]!["nodes"]![0]!["usage"]![0]!;
        Assert.Equal(4L, (long)own["requests"]!); // the query above; this usage query is still in memory
        Assert.Empty((await oak.DataAsync(Usage, new { name = "Sunrise Home Care portal" }))["integrations"]!["nodes"]!.AsArray());

        Assert.Equal("INVALID_ARGUMENT", (string)(await jo.PostAsync("{ integrations { nodes { usage(days: 0) { day } } } }"))["errors"]![0]!["extensions"]!["code"]!);
    }
}
