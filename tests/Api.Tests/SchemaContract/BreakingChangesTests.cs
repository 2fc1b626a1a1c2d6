namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// <see cref="BreakingChanges"/> on small schemas: each rule finds its case, at the coordinate the change log must
/// name, and the changes that break no client are not reported.
/// </summary>
public sealed class BreakingChangesTests
{
    private const string Before = """
        type Query { plans(first: Int, status: PlanStatus): [Plan!]! plan(id: ID!): Plan }
        interface Node { id: ID! }
        type Plan implements Node { id: ID! status: PlanStatus! note: String items: [Item!]! }
        type Item { name: String }
        enum PlanStatus { DRAFT AGREED }
        union Outcome = Plan | Item
        input PlanInput { name: String! comment: String limit: Int! = 5 }
        scalar Date
        """;

    [Theory]
    [InlineData("scalar Date", "", "Date", "the scalar was removed")]
    [InlineData("type Item { name: String }", "input Item { name: String }", "Item", "was object type, now input object")]
    [InlineData("note: String items", "items", "Plan.note", "the field was removed")]
    [InlineData("interface Node { id: ID! }", "interface Node { key: ID! }", "Node.id", "the field was removed")]
    [InlineData("status: PlanStatus!", "status: String!", "Plan.status", "its type changed from PlanStatus! to String!")]
    [InlineData("status: PlanStatus!", "status: PlanStatus", "Plan.status", "its type changed from PlanStatus! to PlanStatus")]
    [InlineData("items: [Item!]!", "items: [Item]!", "Plan.items", "its type changed from [Item!]! to [Item]!")]
    [InlineData("items: [Item!]!", "items: Item!", "Plan.items", "its type changed from [Item!]! to Item!")]
    [InlineData("plans(first: Int, status: PlanStatus)", "plans(first: Int)", "Query.plans(status:)", "the argument was removed")]
    [InlineData("plans(first: Int,", "plans(first: String,", "Query.plans(first:)", "its type changed from Int to String")]
    [InlineData("plans(first: Int,", "plans(first: Int!,", "Query.plans(first:)", "its type changed from Int to Int!")]
    [InlineData("plans(first: Int,", "plans(first: [Int],", "Query.plans(first:)", "its type changed from Int to [Int]")]
    [InlineData("plan(id: ID!)", "plan(id: ID!, version: Int!)", "Query.plan(version:)", "a new required argument (Int!, no default)")]
    [InlineData("limit: Int! = 5", "limit: Int!", "PlanInput.limit", "the input field lost its default, so it is now required")]
    [InlineData("{ name: String! comment", "{ name: String! owner: ID! comment", "PlanInput.owner", "a new required input field (ID!, no default)")]
    [InlineData("comment: String limit", "limit", "PlanInput.comment", "the input field was removed")]
    [InlineData("comment: String", "comment: Int", "PlanInput.comment", "its type changed from String to Int")]
    [InlineData("{ DRAFT AGREED }", "{ AGREED }", "PlanStatus.DRAFT", "the enum value was removed")]
    [InlineData("= Plan | Item", "= Plan", "Outcome", "Item is no longer a member")]
    [InlineData("type Plan implements Node {", "type Plan {", "Plan", "no longer implements Node")]
    public void A_breaking_change_is_found_at_its_coordinate(string find, string replace, string coordinate, string what)
    {
        Assert.Contains(find, Before, StringComparison.Ordinal);

        var changes = BreakingChanges.Between(Before, Before.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal([new BreakingChange(coordinate, what)], changes);
    }

    [Theory]
    [InlineData("plan(id: ID!)", "plan(id: ID!, version: Int)")]
    [InlineData("plan(id: ID!)", "plan(id: ID!, version: Int! = 1)")]
    [InlineData("{ name: String! comment", "{ name: String! owner: ID comment")]
    [InlineData("{ name: String! comment", "{ name: String! owner: ID! = \"me\" comment")]
    [InlineData("note: String items", "note: String summary: String items")]
    [InlineData("scalar Date", "scalar Date type Budget { pence: Int! }")]
    [InlineData("note: String items", "note: String! items")]
    [InlineData("type Item { name: String }", "type Item { name: String! }")]
    [InlineData("plan(id: ID!)", "plan(id: ID)")]
    [InlineData("{ name: String! comment", "{ name: String comment")]
    [InlineData("limit: Int! = 5", "limit: Int! = 10")]
    [InlineData("{ DRAFT AGREED }", "{ DRAFT AGREED ENDED }")]
    [InlineData("= Plan | Item", "= Plan | Item | Budget type Budget { pence: Int! }")]
    [InlineData("type Item {", "type Item implements Node { id: ID! ")]
    [InlineData("note: String items", "note: String @deprecated(reason: \"Use `status`.\") items")]
    [InlineData("type Item {", "\"Something provided.\" type Item {")]
    public void A_change_that_breaks_no_client_is_not_reported(string find, string replace)
    {
        Assert.Contains(find, Before, StringComparison.Ordinal);

        Assert.Empty(BreakingChanges.Between(Before, Before.Replace(find, replace, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_schema_has_no_breaking_change()
    {
        Assert.Empty(BreakingChanges.Between(Before, Before));
    }

    [Fact]
    public void A_removed_type_is_reported_once_not_field_by_field_and_every_change_is_listed()
    {
        var after = Before
            .Replace("type Item { name: String }", "", StringComparison.Ordinal)
            .Replace("{ DRAFT AGREED }", "{ AGREED }", StringComparison.Ordinal)
            .Replace("plan(id: ID!)", "plan(id: Int!)", StringComparison.Ordinal);

        var changes = BreakingChanges.Between(Before, after);

        Assert.Equal(["Item", "PlanStatus.DRAFT", "Query.plan(id:)"], changes.Select(c => c.Coordinate));
    }

    [Fact]
    public void Type_extensions_are_refused_rather_than_missed()
    {
        Assert.Throws<NotSupportedException>(() => SdlSchema.Parse(Before + " extend type Item { size: Int }"));
    }
}
