using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Relay;

public sealed class PagingTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string PeoplePage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          people(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { reference } }
            nodes { reference }
          }
        }
        """;

    [Fact]
    public async Task First_and_after_walk_forward_through_every_person_once()
    {
        using var client = factory.CreateClientFor("admin-jo");
        var seen = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var people = (await client.DataAsync(PeoplePage, new { first = 3, after }))["people"]!;
            Assert.Equal(5, (int)people["totalCount"]!);
            seen.AddRange(people["nodes"]!.AsArray().Select(n => (string)n!["reference"]!));
            hasNext = (bool)people["pageInfo"]!["hasNextPage"]!;
            after = (string?)people["pageInfo"]!["endCursor"];
        }
        while (hasNext);

        Assert.Equal(["p-ada", "p-ben", "p-cleo", "p-dev", "p-eve"], seen);
    }

    [Fact]
    public async Task Last_and_before_walk_backward()
    {
        using var client = factory.CreateClientFor("admin-jo");
        var lastTwo = (await client.DataAsync(PeoplePage, new { last = 2 }))["people"]!;
        Assert.Equal(["p-dev", "p-eve"], lastTwo["nodes"]!.AsArray().Select(n => (string)n!["reference"]!));
        Assert.True((bool)lastTwo["pageInfo"]!["hasPreviousPage"]!);

        var before = (string)lastTwo["pageInfo"]!["startCursor"]!;
        var earlier = (await client.DataAsync(PeoplePage, new { last = 1, before }))["people"]!;
        Assert.Equal("p-cleo", (string)earlier["nodes"]![0]!["reference"]!);
        Assert.Equal((string)earlier["edges"]![0]!["cursor"]!, (string)earlier["pageInfo"]!["endCursor"]!);
    }

    [Theory]
    [InlineData(101, null, "INVALID_PAGE_SIZE")]
    [InlineData(-1, null, "INVALID_PAGE_SIZE")]
    [InlineData(2, "not-a-cursor", "INVALID_CURSOR")]
    [InlineData(2, "cGVvcGxlOjE", "INVALID_CURSOR")]
    public async Task Bad_paging_arguments_get_a_coded_error(int first, string? after, string code)
    {
        using var client = factory.CreateClientFor("admin-jo");
        var body = await client.PostAsync(PeoplePage, new { first, after });

        Assert.Equal(code, (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(body["data"]!["people"]);
    }
}
