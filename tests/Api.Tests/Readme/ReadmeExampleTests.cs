using CarePlanGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace CarePlanGraph.Api.Tests.Readme;

/// <summary>The README's example queries, run against the demo data and compared with their recorded output.</summary>
public sealed class ReadmeExampleTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Theory]
    [InlineData(nameof(ReadmeExamples.WhoAmI), ReadmeExamples.WhoAmI)]
    [InlineData(nameof(ReadmeExamples.PeopleAndTheirPlans), ReadmeExamples.PeopleAndTheirPlans)]
    [InlineData(nameof(ReadmeExamples.LatestPlansWithCosts), ReadmeExamples.LatestPlansWithCosts)]
    public async Task Readme_example_gives_its_recorded_output(string name, string query)
    {
        using var client = factory.CreateClientFor("kw-sam");
        var body = await client.PostAsync(query);

        Snapshot.Match(JToken.Parse(body.ToJsonString()), SnapshotNameExtension.Create(name));
    }

    [Theory]
    [InlineData(ReadmeExamples.WhoAmI)]
    [InlineData(ReadmeExamples.PeopleAndTheirPlans)]
    [InlineData(ReadmeExamples.LatestPlansWithCosts)]
    public async Task Readme_shows_the_example_verbatim(string query)
    {
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"));
        Assert.Contains(query, readme, StringComparison.Ordinal);
    }
}
