using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Api.Tests.Subscriptions;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R35: one submission gets exactly one decision, however many arrive at once. The requests are real HTTP requests
/// sent together; whichever commits first wins. A loser that loaded the plan before the winner committed gets
/// EDIT_CONFLICT; one that loaded it after sees the new status and gets INVALID_TRANSITION. Both are typed refusals
/// as data: no 5xx, no GraphQL error, and nothing of a loser is saved, published or audited.
/// </summary>
public sealed class OneDecisionTests(ITestOutputHelper output)
{
    private static readonly string[] LosingCodes = ["EDIT_CONFLICT", "INVALID_TRANSITION"];

    [Fact]
    public async Task R35_three_agreements_and_three_declines_of_one_submission_at_once_make_exactly_one_decision_one_event_and_one_audit_row()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var jo = factory.CreateClientFor("admin-jo");
        using var ben = factory.CreateClientFor("p-ben");
        var planGuid = await factory.PlanIdOfAsync("p-ben");
        var planId = SubscriptionTestData.NodeIdOf(planGuid);

        // Ben's plan is over budget as submitted; declined, brought within budget and submitted again, it can be agreed.
        await sam.SucceedAsync("declinePlan", Decline(planId));
        var plan = await ben.PlanOfAsync("p-ben");
        await ben.SucceedAsync("updateSupportItem", new { planId, supportItemId = plan.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });
        var personId = (string)(await jo.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { person { id } } } }", new { id = planId }))["node"]!["person"]!["id"]!;

        await using var listener = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
        await listener.SubscribeAsync("ben", "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId previousStatus newStatus } }", new { plan = planId });
        await listener.PingPongAsync();

        var outcomes = await AllAtOnceAsync(
            [.. Enumerable.Repeat((sam, "agreePlan", "RaceAgree", AgreementStoryTests.Agreement(planId)), 3),
             .. Enumerable.Repeat((jo, "declinePlan", "RaceDecline", Decline(planId)), 3)]);

        var winner = AssertOneWinner(outcomes);
        var decided = winner.Mutation == "agreePlan" ? "AGREED" : "CHANGES_REQUIRED";

        // Exactly one status change reaches the subscriber: everything published before the marker has been delivered.
        var marker = await factory.PublishMarkerAsync(planGuid);
        var events = await EventsUntilAsync(listener, "ben", marker);
        var statusChange = Assert.Single(events);
        Assert.Equal(("SUBMITTED", decided), ((string)statusChange["previousStatus"]!, (string)statusChange["newStatus"]!));

        // Exactly one decision on the version, and one CHANGE row for the race's mutations.
        var after = (await jo.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status currentVersion { decisions { outcome } } } } }", new { id = planId }))["node"]!;
        Assert.Equal(2, after["currentVersion"]!["decisions"]!.AsArray().Count);
        var rows = (await jo.DataAsync("query($p: ID) { auditLog(first: 100, personId: $p) { nodes { subject action operation } } }", new { p = personId }))["auditLog"]!["nodes"]!.AsArray()
            .Where(r => (string)r!["action"]! == "CHANGE" && ((string)r["operation"]!).StartsWith("mutation Race", StringComparison.Ordinal));
        var row = Assert.Single(rows)!;
        Assert.Equal("mutation " + winner.Operation, (string)row["operation"]!);
    }

    [Fact]
    public async Task R35_four_marks_of_support_in_place_on_one_agreed_plan_at_once_one_wins()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var jo = factory.CreateClientFor("admin-jo");
        using var ben = factory.CreateClientFor("p-ben");

        // Ben's plan, brought within budget and agreed for the first time, waits for its support to be in place.
        // (An agreed revision of an active plan, such as Dev's, needs no new support in place.)
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-ben"));
        await sam.SucceedAsync("declinePlan", Decline(planId));
        var draft = await ben.PlanOfAsync("p-ben");
        await ben.SucceedAsync("updateSupportItem", new { planId, supportItemId = draft.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });
        await sam.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId));

        // Support is marked in place on a day that has come (never ahead of today).
        factory.Clock.Advance(TimeSpan.FromDays(7));

        var outcomes = await AllAtOnceAsync([.. Enumerable.Range(0, 4).Select(i =>
            (i % 2 == 0 ? sam : jo, "markSupportInPlace", $"RaceInPlace{i}", (object)new { planId, inPlaceOn = $"2026-11-0{i + 3}" }))]);

        var winner = AssertOneWinner(outcomes);
        var plan = (await sam.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status supportInPlaceOn } } }", new { id = planId }))["node"]!;
        Assert.Equal("ACTIVE", (string)plan["status"]!);
        Assert.Equal((string)winner.Payload!["plan"]!["supportInPlaceOn"]!, (string)plan["supportInPlaceOn"]!);
    }

    [Fact]
    public async Task R35_four_starts_of_a_review_of_one_active_plan_at_once_one_wins()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var jo = factory.CreateClientFor("admin-jo");
        var planId = SubscriptionTestData.NodeIdOf(await factory.PlanIdOfAsync("p-cleo"));

        var outcomes = await AllAtOnceAsync([.. Enumerable.Range(0, 4).Select(i =>
            (i % 2 == 0 ? sam : jo, "startReview", $"RaceReview{i}", (object)new { planId }))]);

        AssertOneWinner(outcomes);
        var plan = (await sam.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status reviews { id } } } }", new { id = planId }))["node"]!;
        Assert.Equal("UNDER_REVIEW", (string)plan["status"]!);
        Assert.Single(plan["reviews"]!.AsArray());
    }

    private static object Decline(string planId) => new
    {
        planId,
        reasons = "Over budget.",
        requiredChanges = new[] { "Reduce the day sessions." },
        adviceOffered = "Travel training.",
    };

    /// <summary>Starts every request before awaiting any, each on its own connection, and returns status and payload of each.</summary>
    private static async Task<List<Outcome>> AllAtOnceAsync(IReadOnlyList<(HttpClient Client, string Mutation, string Operation, object Input)> requests)
    {
        using var start = new SemaphoreSlim(0);
        var sent = requests.Select(async r =>
        {
            var inputType = char.ToUpperInvariant(r.Mutation[0]) + r.Mutation[1..] + "Input";
            var query = $"mutation {r.Operation}($input: {inputType}!) {{ {r.Mutation}(input: $input) {{ plan {{ status supportInPlaceOn }} errors {{ __typename ... on Error {{ code }} }} }} }}";
            await start.WaitAsync();
            using var response = await r.Client.PostAsJsonAsync("/graphql", new { query, variables = new { input = r.Input } });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return new Outcome(r.Mutation, r.Operation, response.StatusCode, body, body["data"]?[r.Mutation]);
        }).ToList();
        start.Release(requests.Count);
        return [.. await Task.WhenAll(sent)];
    }

    private Outcome AssertOneWinner(List<Outcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            output.WriteLine($"{outcome.Operation}: {(int)outcome.Status} {outcome.Payload?["errors"]?.ToJsonString() ?? "won"}");
            Assert.Equal(HttpStatusCode.OK, outcome.Status);
            Assert.True(outcome.Body["errors"] is null, $"{outcome.Operation}: {outcome.Body["errors"]?.ToJsonString()}");
        }

        var winner = Assert.Single(outcomes, o => o.Payload!["errors"] is null);
        Assert.All(outcomes.Where(o => o != winner), loser =>
        {
            Assert.Null(loser.Payload!["plan"]);
            var error = Assert.Single(loser.Payload["errors"]!.AsArray())!;
            Assert.Contains((string)error["code"]!, LosingCodes);
        });
        return winner;
    }

    private static async Task<List<JsonNode>> EventsUntilAsync(GraphQLWsClient listener, string id, string marker)
    {
        var events = new List<JsonNode>();
        while (true)
        {
            var change = (await listener.NextPayloadAsync(id))["data"]!["planStatusChanged"]!;
            if ((string)change["eventId"]! == marker)
            {
                return events;
            }

            events.Add(change);
        }
    }

    private sealed record Outcome(string Mutation, string Operation, HttpStatusCode Status, JsonNode Body, JsonNode? Payload);
}
