using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.DataLoading;

public sealed class BatchingTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string DeepQuery = """
        query($first: Int) {
          plans(first: $first) {
            nodes {
              status
              person { reference keyWorker { fullName } }
              assessment { eligibleNeeds { description } }
              budget { indicative { pence } }
              currentVersion { number supportItems { description provider { name } needsMet { description } outcomesMet { description } } }
              agreedVersion { number }
              versions { number }
              history { kind }
            }
          }
        }
        """;

    [Fact]
    public async Task Nested_fields_cost_the_same_number_of_sql_commands_for_one_plan_as_for_all()
    {
        using var client = factory.CreateClientFor("admin-jo");
        await client.DataAsync("{ __typename }");

        factory.Sql.Reset();
        var one = await client.DataAsync(DeepQuery, new { first = 1 });
        var forOne = factory.Sql.Count;

        factory.Sql.Reset();
        var all = await client.DataAsync(DeepQuery, new { first = 4 });
        var forAll = factory.Sql.Count;

        Assert.Single(one["plans"]!["nodes"]!.AsArray());
        Assert.Equal(4, all["plans"]!["nodes"]!.AsArray().Count);
        Assert.Equal(forOne, forAll);
    }
}
