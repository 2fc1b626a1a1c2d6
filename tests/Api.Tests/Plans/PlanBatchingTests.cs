using System.Globalization;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>Lists resolve through DataLoaders: the SQL a query costs does not grow with the number of plans.</summary>
public sealed class PlanBatchingTests(ITestOutputHelper output)
{
    /// <summary>The query of the issue: plans with their versions, items and budgets, small enough per plan that 50 stay within the complexity limit.</summary>
    private const string PlansQuery = """
        {
          plans(first: FIRST) {
            nodes {
              versions { supportItems { description } }
              budget { totalAnnualCost { pence } }
            }
          }
        }
        """;

    /// <summary>The live agreement checks need each plan and its assessment: two more batched loaders.</summary>
    private const string ChecksQuery = "{ plans(first: FIRST) { nodes { currentVersion { agreementChecks { passed } } } } }";

    [Fact]
    public async Task Fifty_plans_with_their_versions_items_budgets_and_checks_cost_the_same_sql_commands_as_two()
    {
        using var factory = new CarePlanApiFactory();
        await AddPlansAsync(factory, 46);
        using var client = factory.CreateClientFor("admin-jo");
        await client.DataAsync("{ __typename }");

        var (two, forTwo) = await CountAsync(factory, client, PlansQuery, 2);
        var (fifty, forFifty) = await CountAsync(factory, client, PlansQuery, 50);
        var (_, checksForTwo) = await CountAsync(factory, client, ChecksQuery, 2);
        var (checked50, checksForFifty) = await CountAsync(factory, client, ChecksQuery, 50);

        output.WriteLine($"SQL commands: {forTwo} for 2 plans, {forFifty} for 50; with agreement checks {checksForTwo} for 2, {checksForFifty} for 50.");
        Assert.Equal(2, two.Count);
        Assert.Equal(50, fifty.Count);
        Assert.All(fifty, plan => Assert.NotEmpty(plan!["versions"]![0]!["supportItems"]!.AsArray()));
        Assert.All(checked50, plan => Assert.Equal(7, plan!["currentVersion"]!["agreementChecks"]!.AsArray().Count));
        Assert.Equal(forTwo, forFifty);
        Assert.Equal(checksForTwo, checksForFifty);
    }

    private static async Task<(JsonArray Plans, int Commands)> CountAsync(CarePlanApiFactory factory, HttpClient client, string query, int first)
    {
        factory.Sql.Reset();
        var data = await client.DataAsync(query.Replace("FIRST", first.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return (data["plans"]!["nodes"]!.AsArray(), factory.Sql.Count);
    }

    /// <summary>More plans for Ada's assessment, each with its own support items, saved directly.</summary>
    private static async Task AddPlansAsync(CarePlanApiFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var ada = await db.People.SingleAsync(p => p.Reference == "p-ada");
        var assessment = await db.Assessments.Include(a => a.Needs).Include(a => a.Outcomes).Include(a => a.Risks).SingleAsync(a => a.PersonId == ada.Id);
        var author = new Actor("p-ada", "Ada Mensah", ActorRole.Person);
        var now = factory.Clock.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var plan = CarePlan.Start(assessment, PlanPreparer.Person, author, now.AddMinutes(i));
            for (var item = 1; item <= 1 + (i % 3); item++)
            {
                var details = new SupportItemDetails($"Support {i}.{item}", new Money(1000 + i), CostFrequency.Weekly, item, SupportArrangement.DirectPayment, null, "A personal assistant", [assessment.Needs[0].Id], []);
                Assert.True(plan.AddSupportItem(assessment, details, author, now).Succeeded);
            }

            db.CarePlans.Add(plan);
        }

        await db.SaveChangesAsync();
    }
}
