using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>Who sees whom (R26–R28), over HTTP with each demo persona's real token.</summary>
public sealed class VisibilityTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string PeopleQuery = "{ people(first: 50) { nodes { reference } } plans(first: 50) { totalCount } }";

    [Theory]
    [InlineData("p-ada", "p-ada")]
    [InlineData("p-ben", "p-ben")]
    [InlineData("p-eve", "p-eve")]
    [InlineData("prov-sunrise", "p-cleo,p-dev")]
    [InlineData("prov-oak", "p-dev")]
    [InlineData("sp-lee", "p-ada,p-dev")]
    [InlineData("adv-noor", "")]
    [InlineData("kw-sam", "p-ada,p-ben,p-cleo,p-dev,p-eve")]
    [InlineData("cs-kim", "p-ada,p-ben,p-cleo,p-dev,p-eve")]
    [InlineData("admin-jo", "p-ada,p-ben,p-cleo,p-dev,p-eve")]
    public async Task R26_R27_R28_each_persona_sees_exactly_the_people_it_may(string persona, string expected)
    {
        using var client = factory.CreateClientFor(persona);
        var data = await client.DataAsync(PeopleQuery);

        var seen = data["people"]!["nodes"]!.AsArray().Select(n => (string)n!["reference"]!);
        Assert.Equal(expected, string.Join(',', seen));
        // Everyone seen has one plan, except Eve, who is assessed and has none yet (R31).
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Count(r => r != "p-eve"), (int)data["plans"]!["totalCount"]!);
    }

    [Fact]
    public async Task R27_a_draft_naming_a_provider_does_not_open_access()
    {
        // Ada's draft names Sunrise and Ben's submitted plan names Oak; neither is agreed.
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var oak = factory.CreateClientFor("prov-oak");

        var sunriseSees = (await sunrise.DataAsync(PeopleQuery))["people"]!["nodes"]!.AsArray().Select(n => (string)n!["reference"]!);
        var oakSees = (await oak.DataAsync(PeopleQuery))["people"]!["nodes"]!.AsArray().Select(n => (string)n!["reference"]!);

        Assert.DoesNotContain("p-ada", sunriseSees);
        Assert.DoesNotContain("p-ben", oakSees);
    }

    [Fact]
    public async Task R27_provider_is_refused_financial_fields_one_by_one_while_the_rest_answers()
    {
        using var client = factory.CreateClientFor("prov-oak");
        var body = await client.PostAsync("{ plans(first: 5) { nodes { status nextReviewDue budget { indicative { formatted } } } } }");

        var plan = body["data"]!["plans"]!["nodes"]![0]!;
        Assert.Equal("ACTIVE", (string)plan["status"]!);
        Assert.NotNull(plan["nextReviewDue"]);
        Assert.Null(plan["budget"]);
        var error = body["errors"]![0]!;
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)error["extensions"]!["code"]!);
        Assert.Equal("budget", (string)error["path"]!.AsArray().Last()!);
    }

    [Fact]
    public async Task R27_provider_sees_the_plans_history_but_not_the_reasons_given()
    {
        using var client = factory.CreateClientFor("prov-sunrise");
        var body = await client.PostAsync("{ plans(first: 5) { nodes { history { kind reason } } } }");

        Assert.NotEmpty(body["data"]!["plans"]!["nodes"]![0]!["history"]!.AsArray());
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)e!["extensions"]!["code"]!));
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("reason", (string)e!["path"]!.AsArray().Last()!));
    }

    [Theory]
    [InlineData("prov-oak", "Community activity day")]
    [InlineData("prov-sunrise", "Meal preparation visits")]
    public async Task R27_provider_sees_only_the_version_in_force_and_only_its_own_items(string provider, string ownItem)
    {
        // Dev's plan has a draft revision (v2) and an agreed v1 with one Sunrise item and one Oak item.
        using var client = factory.CreateClientFor(provider);
        var plans = (await client.DataAsync("{ plans(first: 5) { nodes { person { reference } currentVersion { number status supportItems { description } } versions { number } } } }"))["plans"]!["nodes"]!.AsArray();

        var dev = plans.Single(p => (string)p!["person"]!["reference"]! == "p-dev")!;
        Assert.Equal(1, (int)dev["currentVersion"]!["number"]!);
        Assert.Equal("AGREED", (string)dev["currentVersion"]!["status"]!);
        Assert.Equal([1], dev["versions"]!.AsArray().Select(v => (int)v!["number"]!));
        Assert.Equal([ownItem], dev["currentVersion"]!["supportItems"]!.AsArray().Select(i => (string)i!["description"]!));
    }

    [Fact]
    public async Task R28_planner_sees_drafts_and_every_item_of_the_plans_it_helps_with()
    {
        using var client = factory.CreateClientFor("sp-lee");
        var plans = (await client.DataAsync("{ plans(first: 5) { nodes { person { reference } currentVersion { number supportItems { description } } } } }"))["plans"]!["nodes"]!.AsArray();

        var dev = plans.Single(p => (string)p!["person"]!["reference"]! == "p-dev")!;
        Assert.Equal(2, (int)dev["currentVersion"]!["number"]!);
        Assert.Equal(2, dev["currentVersion"]!["supportItems"]!.AsArray().Count);
    }

    [Fact]
    public async Task Node_does_not_reveal_a_record_the_caller_may_not_see()
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { reference id plans { id } } } }"))["people"]!["nodes"]!.AsArray();
        var ben = people.Single(p => (string)p!["reference"]! == "p-ben")!;
        var benPlan = (string)ben["plans"]![0]!["id"]!;
        var benId = (string)ben["id"]!;

        using var ada = factory.CreateClientFor("p-ada");
        var hidden = await ada.DataAsync("query($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } c: node(id: $c) { id } }",
            new { a = benPlan, b = benId, c = NodeId.Encode("CarePlan", Guid.NewGuid()) });

        Assert.Null(hidden["a"]);
        Assert.Null(hidden["b"]);
        Assert.Null(hidden["c"]);
    }
}
