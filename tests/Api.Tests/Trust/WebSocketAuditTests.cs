using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R30 on every transport: a change sent over the WebSocket is logged as the operation's caller, and a record read by
/// ID (a support item, an assessment) is logged as a read of the person it is about.
/// </summary>
public sealed class WebSocketAuditTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string Rows = "query($p: ID) { auditLog(first: 100, personId: $p) { nodes { subject role action operation } } }";

    [Fact]
    public async Task R30_a_mutation_over_the_WebSocket_is_logged_as_a_change_by_its_caller()
    {
        var (ada, _, _) = await PersonAsync("p-ada");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-ada"));
        await using var sam = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));

        await sam.SubscribeAsync("change", "mutation SamOverWebSocket($input: UpdatePlanAnswersInput!) { updatePlanAnswers(input: $input) { errors { __typename } } }",
            new { input = new { planId, answers = new { whatToChange = "Sam's wording, over the socket." } } });
        var result = await sam.NextPayloadAsync("change");
        Assert.Null(result["errors"]);
        Assert.Null(result["data"]!["updatePlanAnswers"]!["errors"]);

        var rows = await RowsAsync(ada, "mutation SamOverWebSocket");
        var row = Assert.Single(rows);
        Assert.Equal(("kw-sam", "KEY_WORKER", "CHANGE"), ((string)row["subject"]!, (string)row["role"]!, (string)row["action"]!));
    }

    [Theory]
    [InlineData("http", "SupportItem")]
    [InlineData("http", "Assessment")]
    [InlineData("ws", "SupportItem")]
    [InlineData("ws", "Assessment")]
    public async Task R30_reading_a_support_item_or_an_assessment_by_ID_is_logged_as_a_read_of_the_persons_record(string transport, string type)
    {
        var (cleo, item, assessment) = await PersonAsync("p-cleo");
        var operation = $"Read{type}Over{transport}";
        var query = $"query {operation}($id: ID!) {{ node(id: $id) {{ id }} }}";
        var id = type == "SupportItem" ? item : assessment;

        JsonNode? node;
        if (transport == "http")
        {
            using var sam = factory.CreateClientFor("kw-sam");
            node = (await sam.DataAsync(query, new { id }))["node"];
        }
        else
        {
            await using var sam = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
            await sam.SubscribeAsync("read", query, new { id });
            node = (await sam.NextPayloadAsync("read"))["data"]!["node"];
        }

        Assert.Equal(id, (string)node!["id"]!);
        var row = Assert.Single(await RowsAsync(cleo, "query " + operation));
        Assert.Equal(("kw-sam", "KEY_WORKER", "READ"), ((string)row["subject"]!, (string)row["role"]!, (string)row["action"]!));
    }

    /// <summary>The person's ID, and the IDs of their first support item and their assessment.</summary>
    private async Task<(string Person, string Item, string Assessment)> PersonAsync(string reference)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { id reference assessments { id } plans { currentVersion { supportItems { id } } } } } }"))["people"]!["nodes"]!.AsArray();
        var person = people.Single(p => (string)p!["reference"]! == reference)!;
        return ((string)person["id"]!, (string)person["plans"]![0]!["currentVersion"]!["supportItems"]![0]!["id"]!, (string)person["assessments"]![0]!["id"]!);
    }

    private async Task<List<JsonNode>> RowsAsync(string personId, string operation)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var rows = (await admin.DataAsync(Rows, new { p = personId }))["auditLog"]!["nodes"]!.AsArray();
        return rows.Where(r => (string)r!["operation"]! == operation).Select(r => r!).ToList();
    }
}
