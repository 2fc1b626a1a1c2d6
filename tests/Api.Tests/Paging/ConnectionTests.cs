using System.Buffers.Text;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Paging;

/// <summary>Issue 14 through HTTP: keyset pages stable under inserts, `where`/`order`, and every bad input's code.</summary>
public sealed class ConnectionTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string People = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: PersonFilterInput, $order: [PersonSortInput!]) {
          people(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { reference } }
          }
        }
        """;

    private const string Plans = """
        query($first: Int, $after: String, $where: CarePlanFilterInput, $order: [CarePlanSortInput!]) {
          plans(first: $first, after: $after, where: $where, order: $order) { nodes { person { reference } } pageInfo { endCursor } }
        }
        """;

    private static string[] References(JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["reference"]!)];

    [Fact]
    public async Task A_page_after_a_cursor_neither_repeats_nor_skips_a_row_when_rows_are_inserted_before_it()
    {
        await using var own = new CarePlanApiFactory();
        using var jo = own.CreateClientFor("admin-jo");
        var first = (await jo.DataAsync(People, new { first = 2 }))["people"]!;
        Assert.Equal(["p-ada", "p-ben"], References(first));

        await InsertPersonAsync(own, "p-aaron", "Aaron Able");
        await InsertPersonAsync(own, "p-bertie", "Bertie Zed");

        var next = (await jo.DataAsync(People, new { first = 3, after = (string)first["pageInfo"]!["endCursor"]! }))["people"]!;
        Assert.Equal(["p-bertie", "p-cleo", "p-dev"], References(next));
        Assert.Equal(7, (int)next["totalCount"]!);
        Assert.True((bool)next["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)next["pageInfo"]!["hasNextPage"]!);

        var back = (await jo.DataAsync(People, new { last = 5, before = (string)first["pageInfo"]!["startCursor"]! }))["people"]!;
        Assert.Equal(["p-aaron"], References(back));
        Assert.False((bool)back["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)back["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Where_and_order_narrow_and_sort_what_the_caller_sees()
    {
        using var jo = factory.CreateClientFor("admin-jo");
        var page = (await jo.DataAsync(People, new
        {
            where = new { or = new object[] { new { fullName = new { contains = "SHARMA" } }, new { dateOfBirth = new { lt = "1950-01-01" } } } },
            order = new object[] { new { dateOfBirth = "DESC" } },
        }))["people"]!;

        Assert.Equal(["p-dev", "p-ada", "p-eve"], References(page));
        Assert.Equal(3, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task Plans_with_a_review_due_soonest_first_and_cursors_follow_that_order()
    {
        using var sam = factory.CreateClientFor("kw-sam");
        var variables = new { first = 1, where = new { nextReviewDue = new { neq = (string?)null } }, order = new object[] { new { nextReviewDue = "ASC" } } };
        var page = (await sam.DataAsync(Plans, variables))["plans"]!;
        var rest = (await sam.DataAsync(Plans, new { variables.first, variables.where, variables.order, after = (string)page["pageInfo"]!["endCursor"]! }))["plans"]!;

        Assert.Single(page["nodes"]!.AsArray());
        Assert.NotEqual((string)page["nodes"]![0]!["person"]!["reference"]!, (string)rest["nodes"]![0]!["person"]!["reference"]!);
    }

    [Theory]
    [InlineData("""{ "first": 101 }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ "last": -1 }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ "first": 2, "last": 2 }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ "after": "cursor:2" }""", "INVALID_CURSOR")]
    [InlineData("""{ "where": {} }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "fullName": {} } }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "and": [] } }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "fullName": { "contains": null } } }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "or": [{ "or": [{ "or": [{ "or": [{ "fullName": { "eq": "x" } }] }] }] }] } }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "keyWorker": { "eq": "bm90LWFuLWlk" } } }""", "INVALID_ID")]
    public async Task Bad_paging_filter_and_order_input_gets_a_coded_error_and_no_data(string variables, string code)
    {
        using var jo = factory.CreateClientFor("admin-jo");

        var body = await jo.PostAsync(People, JsonNode.Parse(variables));

        Assert.Equal(code, (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(body["data"]!["people"]);
    }

    [Theory]
    [InlineData("""{ "order": [{ "fullName": "ASC", "reference": "DESC" }] }""")]
    [InlineData("""{ "order": [{}] }""")]
    public async Task An_order_entry_naming_no_field_or_two_is_refused_before_execution_as_oneOf(string variables)
    {
        using var jo = factory.CreateClientFor("admin-jo");

        var body = await jo.PostAsync(People, JsonNode.Parse(variables));

        // PersonSortInput is @oneOf (issue 18): the variable is refused while it is read, before any field runs.
        Assert.Null(body["data"]);
        Assert.Contains("OneOf", (string)body["errors"]![0]!["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_in_list_longer_than_100_and_an_unknown_enum_value_are_refused()
    {
        using var jo = factory.CreateClientFor("admin-jo");
        var tooMany = await jo.PostAsync(People, new { where = new { reference = new { @in = Enumerable.Range(0, 101).Select(i => $"p-{i}").ToArray() } } });
        Assert.Equal("INVALID_FILTER", (string)tooMany["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("at most 100", (string)tooMany["errors"]![0]!["message"]!, StringComparison.Ordinal);

        var unknown = await jo.PostAsync(Plans, new { where = new { status = new { eq = "FINISHED" } } });
        Assert.NotNull(unknown["errors"]);
        Assert.Null(unknown["data"]);
    }

    [Fact]
    public async Task Cursors_from_another_list_another_order_or_altered_are_refused()
    {
        using var jo = factory.CreateClientFor("admin-jo");
        var organisations = await jo.DataAsync("{ organisations(first: 1) { pageInfo { endCursor } } }");
        var fromOrganisations = (string)organisations["organisations"]!["pageInfo"]!["endCursor"]!;
        var byName = (string)(await jo.DataAsync(People, new { first = 1 }))["people"]!["pageInfo"]!["endCursor"]!;
        var bytes = Base64Url.DecodeFromChars(byName);
        bytes[^1] ^= 1;

        foreach (var (variables, says) in new (object, string)[]
        {
            (new { after = fromOrganisations }, "another list"),
            (new { after = byName, order = new object[] { new { reference = "ASC" } } }, "different `order`"),
            (new { before = Base64Url.EncodeToString(bytes) }, "not a cursor this API returned"),
        })
        {
            var body = await jo.PostAsync(People, variables);
            Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
            Assert.Contains(says, (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{ "where": { "indicativeBudgetPence": { "gt": 0 } } }""")]
    [InlineData("""{ "where": { "or": [{ "status": { "eq": "ACTIVE" } }, { "supportItems": { "some": { "unitCostPence": { "gt": 0 } } } }] } }""")]
    [InlineData("""{ "order": [{ "personalBudgetPence": "DESC" }] }""")]
    [InlineData("""{ "where": { "overIndicativeBudget": { "eq": true } } }""")]
    [InlineData("""{ "where": { "currentCostPence": { "gte": 0 } } }""")]
    [InlineData("""{ "order": [{ "currentCostPence": "ASC" }] }""")]
    public async Task R27_a_provider_may_not_filter_or_sort_plans_on_money_or_other_providers_items(string variables)
    {
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var sam = factory.CreateClientFor("kw-sam");

        var refused = await sunrise.PostAsync(Plans, JsonNode.Parse(variables));
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(refused["data"]!["plans"]);

        var allowed = await sam.PostAsync(Plans, JsonNode.Parse(variables));
        Assert.Null(allowed["errors"]);
    }

    [Fact]
    public async Task Over_budget_plans_of_a_provider_are_found_through_their_items()
    {
        using var sam = factory.CreateClientFor("kw-sam");
        var oak = (string)(await sam.DataAsync("""{ organisations(where: { handle: { eq: "PROV-OAK" } }) { nodes { id } } }"""))["organisations"]!["nodes"]![0]!["id"]!;

        var plans = (await sam.DataAsync(Plans, new { where = new { supportItems = new { some = new { provider = new { eq = oak } } } } }))["plans"]!;

        Assert.Equal(["p-ben", "p-dev"], plans["nodes"]!.AsArray().Select(n => (string)n!["person"]!["reference"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_filter_runs_in_the_databases_WHERE_and_the_commands_do_not_grow_with_the_page()
    {
        await using var own = new CarePlanApiFactory();
        using var jo = own.CreateClientFor("admin-jo");
        const string Query = """
            query($first: Int) {
              people(first: $first, where: { fullName: { contains: "MENSAH" } }, order: [{ dateOfBirth: ASC }]) { totalCount nodes { reference } }
            }
            """;
        await jo.DataAsync(Query, new { first = 1 });

        own.Sql.Reset();
        await jo.DataAsync(Query, new { first = 1 });
        var small = own.Sql.Count;
        var texts = own.Sql.Texts;
        own.Sql.Reset();
        await jo.DataAsync(Query, new { first = 50 });

        Assert.Equal(small, own.Sql.Count);
        var page = Assert.Single(texts, t => t.Contains("LIMIT", StringComparison.OrdinalIgnoreCase) && t.Contains("\"People\"", StringComparison.Ordinal));
        var where = page[page.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("lower(", where, StringComparison.Ordinal);
        Assert.Contains("FullName", where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plans_Key_Worker_and_cost_filters_run_in_the_databases_WHERE()
    {
        await using var own = new CarePlanApiFactory();
        using var jo = own.CreateClientFor("admin-jo");
        var sam = (string)(await jo.DataAsync("""{ people(where: { reference: { eq: "p-ben" } }) { nodes { keyWorker { id } } } }"""))["people"]!["nodes"]![0]!["keyWorker"]!["id"]!;
        const string Query = """
            query($first: Int, $sam: ID) {
              plans(first: $first, where: { keyWorker: { eq: $sam }, overIndicativeBudget: { eq: true }, currentCostPence: { gt: 0 } }, order: [{ currentCostPence: DESC }]) { totalCount nodes { person { reference } } }
            }
            """;
        await jo.DataAsync(Query, new { first = 1, sam });

        own.Sql.Reset();
        var plans = (await jo.DataAsync(Query, new { first = 10, sam }))["plans"]!;
        var texts = own.Sql.Texts;

        Assert.Equal(["p-ben"], plans["nodes"]!.AsArray().Select(n => (string)n!["person"]!["reference"]!));
        // The page and its count: both read the plans, both with the whole filter in SQL.
        var reads = texts.Where(t => t.Contains("FROM \"CarePlans\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, read =>
        {
            var where = read[read.IndexOf("WHERE", StringComparison.Ordinal)..];
            Assert.Contains("KeyWorkerId", where, StringComparison.Ordinal);
            Assert.Contains("TotalAnnualCost", where, StringComparison.Ordinal);
            Assert.Contains("IndicativeBudget", where, StringComparison.Ordinal);
        });
    }

    private static async Task InsertPersonAsync(CarePlanApiFactory own, string reference, string fullName)
    {
        await using var scope = own.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var keyWorker = await db.People.Select(p => p.KeyWorkerId).FirstAsync();
        db.People.Add(new Person(Id<Person>.New(), reference, fullName, fullName.Split(' ')[0], new DateOnly(1970, 1, 1), keyWorker));
        await db.SaveChangesAsync();
    }
}
