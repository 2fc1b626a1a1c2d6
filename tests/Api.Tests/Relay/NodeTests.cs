using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Relay;

public sealed class NodeTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Fact]
    public async Task Node_refetches_a_person_and_a_plan_by_their_global_ids()
    {
        using var client = factory.CreateClientFor("admin-jo");
        var person = (await client.DataAsync("{ people(first: 1) { nodes { id reference plans { id status } } } }"))["people"]!["nodes"]![0]!;
        var personId = (string)person["id"]!;
        var planId = (string)person["plans"]![0]!["id"]!;

        var data = await client.DataAsync(
            "query($a: ID!, $b: ID!) { a: node(id: $a) { __typename id ... on Person { reference } } b: node(id: $b) { __typename ... on CarePlan { status } } }",
            new { a = personId, b = planId });

        Assert.Equal("Person", (string)data["a"]!["__typename"]!);
        Assert.Equal(personId, (string)data["a"]!["id"]!);
        Assert.Equal("p-ada", (string)data["a"]!["reference"]!);
        Assert.Equal("CarePlan", (string)data["b"]!["__typename"]!);
        Assert.Equal("DRAFT", (string)data["b"]!["status"]!);
    }

    [Fact]
    public async Task Nodes_keeps_order_and_answers_null_for_unknown_or_malformed_ids()
    {
        using var client = factory.CreateClientFor("admin-jo");
        var people = (await client.DataAsync("{ people(first: 2) { nodes { id } } }"))["people"]!["nodes"]!.AsArray();
        var unknown = NodeId.Encode("Person", Guid.NewGuid());
        var ids = new[] { (string)people[1]!["id"]!, unknown, "garbage!", (string)people[0]!["id"]! };

        var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }))["nodes"]!.AsArray();

        Assert.Equal(4, nodes.Count);
        Assert.Equal(ids[0], (string)nodes[0]!["id"]!);
        Assert.Null(nodes[1]);
        Assert.Null(nodes[2]);
        Assert.Equal(ids[3], (string)nodes[3]!["id"]!);
    }

    [Fact]
    public void Ids_are_opaque_and_typed()
    {
        var guid = Guid.NewGuid();
        var planId = NodeId.Encode("CarePlan", guid);

        Assert.DoesNotContain(guid.ToString("N"), planId, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(guid, NodeId.DecodeAs(planId, "CarePlan", "planId"));
        var refused = Assert.Throws<InvalidNodeIdException>(() => NodeId.DecodeAs(planId, "Person", "personId"));
        Assert.Equal("INVALID_ID", refused.Code);
        Assert.Throws<InvalidNodeIdException>(() => NodeId.DecodeAs("not an id", "Person", "personId"));
    }
}
