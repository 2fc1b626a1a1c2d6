using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Safeguarding;

/// <summary>R24 (and R27): safety concerns reach the safeguarding team only; whoever raises one gets an acknowledgement.</summary>
public sealed class SafeguardingTests
{
    private const string Acknowledgement = "acknowledgement { reference receivedAt message }";

    private const string Queue = "query($closed: Boolean) { safeguardingQueue(first: 10, includeClosed: $closed) { totalCount nodes { id reference concern raisedByName raisedByRole status person { reference } } } }";

    [Theory]
    [InlineData("prov-sunrise", "p-cleo")]
    [InlineData("p-cleo", "p-cleo")]
    [InlineData("sp-lee", "p-dev")]
    [InlineData("kw-sam", "p-ben")]
    [InlineData("adv-noor", null)]
    public async Task R24_anyone_who_may_see_the_plan_raises_a_concern_and_gets_an_acknowledgement(string persona, string? reference)
    {
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClientFor(persona);
        var planId = await factory.PlanIdAsync(reference ?? "p-cleo");
        if (reference is null)
        {
            // Noor is not assigned to anyone yet, so she cannot see Cleo's plan: it is not found.
            Assert.Equal(["PLAN_NOT_FOUND"], await client.RefuseAsync("raiseSafetyConcern", new { planId, concern = "Worried." }, Acknowledgement));
            return;
        }

        var payload = await client.SucceedAsync("raiseSafetyConcern", new { planId, concern = "A carer shouted at her when she was slow to get ready." }, Acknowledgement);

        var acknowledgement = payload["acknowledgement"]!;
        Assert.Matches("^SC-[0-9A-F]{8}$", (string)acknowledgement["reference"]!);
        Assert.Equal("2026-11-02T09:00:00+00:00", (string)acknowledgement["receivedAt"]!);
        Assert.Contains("safeguarding team", (string)acknowledgement["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R24_R27_a_concern_reaches_the_safeguarding_team_only_and_never_shows_on_the_plan()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var tom = factory.CreateClientFor("sg-tom");
        var planId = await factory.PlanIdAsync("p-cleo");
        var historyBefore = (await cleo.PlanAsync(planId, "history { kind }"))["history"]!.AsArray().Count;
        var reference = (string)(await sunrise.SucceedAsync("raiseSafetyConcern", new { planId, concern = "Her neighbour takes her bank card." }, Acknowledgement))["acknowledgement"]!["reference"]!;
        await cleo.SucceedAsync("raiseSafetyConcern", new { planId, concern = "I do not feel safe with the new evening carer." }, Acknowledgement);

        var queue = (await tom.DataAsync(Queue))["safeguardingQueue"]!;

        Assert.Equal(2, (int)queue["totalCount"]!);
        var first = queue["nodes"]![0]!;
        Assert.Equal((reference, "Her neighbour takes her bank card.", "PROVIDER", "OPEN", "p-cleo"), ((string)first["reference"]!, (string)first["concern"]!, (string)first["raisedByRole"]!, (string)first["status"]!, (string)first["person"]!["reference"]!));
        foreach (var persona in new[] { "kw-sam", "admin-jo", "cs-kim", "panel-ravi", "prov-sunrise", "sp-lee", "p-cleo" })
        {
            using var client = factory.CreateClientFor(persona);
            var refused = await client.PostAsync(Queue);
            Assert.Equal("AUTH_FORBIDDEN", (string)refused["errors"]![0]!["extensions"]!["code"]!);
            Assert.Null((await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = (string)first["id"]! }))["node"]);
        }

        Assert.Equal(historyBefore, (await cleo.PlanAsync(planId, "history { kind }"))["history"]!.AsArray().Count);
        Assert.Equal("Her neighbour takes her bank card.", (string)(await tom.DataAsync("query($id: ID!) { node(id: $id) { ... on SafetyConcern { concern } } }", new { id = (string)first["id"]! }))["node"]!["concern"]!);
    }

    [Fact]
    public async Task R24_a_concern_needs_words_and_a_plan_the_raiser_may_see()
    {
        using var factory = new CarePlanApiFactory();
        using var oak = factory.CreateClientFor("prov-oak");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var anonymous = factory.CreateClient();
        var planId = await factory.PlanIdAsync("p-cleo");

        Assert.Equal(["PLAN_NOT_FOUND"], await oak.RefuseAsync("raiseSafetyConcern", new { planId, concern = "Worried." }, Acknowledgement));
        Assert.Equal(["REQUIRED_TEXT_MISSING"], await cleo.RefuseAsync("raiseSafetyConcern", new { planId, concern = "  " }, Acknowledgement));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", await anonymous.ForbiddenAsync("raiseSafetyConcern", new { planId, concern = "Worried." }, Acknowledgement));
    }

    [Fact]
    public async Task R24_the_safeguarding_team_closes_a_concern_with_what_was_done_and_nobody_else_can()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var tom = factory.CreateClientFor("sg-tom");
        using var sam = factory.CreateClientFor("kw-sam");
        await cleo.SucceedAsync("raiseSafetyConcern", new { planId = await factory.PlanIdAsync("p-cleo"), concern = "I do not feel safe with the new evening carer." }, Acknowledgement);
        var concernId = (string)(await tom.DataAsync(Queue))["safeguardingQueue"]!["nodes"]![0]!["id"]!;
        const string Closed = "safetyConcern { status outcome closedByName }";

        Assert.Equal(["SAFETY_CONCERN_NOT_FOUND"], await sam.RefuseAsync("closeSafetyConcern", new { safetyConcernId = concernId, outcome = "Spoke to Sunrise." }, Closed));
        Assert.Equal(["REQUIRED_TEXT_MISSING"], await tom.RefuseAsync("closeSafetyConcern", new { safetyConcernId = concernId, outcome = "" }, Closed));
        var closed = await tom.SucceedAsync("closeSafetyConcern", new { safetyConcernId = concernId, outcome = "Enquiry made; Sunrise changed the evening carer." }, Closed);

        Assert.Equal(("CLOSED", "Tom Reid"), ((string)closed["safetyConcern"]!["status"]!, (string)closed["safetyConcern"]!["closedByName"]!));
        Assert.Equal(["SAFETY_CONCERN_CLOSED"], await tom.RefuseAsync("closeSafetyConcern", new { safetyConcernId = concernId, outcome = "Again." }, Closed));
        Assert.Equal(0, (int)(await tom.DataAsync(Queue))["safeguardingQueue"]!["totalCount"]!);
        Assert.Equal(1, (int)(await tom.DataAsync(Queue, new { closed = true }))["safeguardingQueue"]!["totalCount"]!);

        const string Filtered = "query($where: SafetyConcernFilterInput) { safeguardingQueue(includeClosed: true, where: $where, order: [{ closedAt: DESC }]) { totalCount } }";
        async Task<int> CountAsync(object where) => (int)(await tom.DataAsync(Filtered, new { where }))["safeguardingQueue"]!["totalCount"]!;
        Assert.Equal(1, await CountAsync(new { status = new { eq = "CLOSED" } }));
        Assert.Equal(0, await CountAsync(new { status = new { eq = "OPEN" } }));
        Assert.Equal(1, await CountAsync(new { closedAt = new { neq = (string?)null }, raisedAt = new { lte = "2099-01-01T00:00:00Z" } }));
        Assert.Equal(0, await CountAsync(new { raisedAt = new { gt = "2099-01-01T00:00:00Z" } }));
    }
}
