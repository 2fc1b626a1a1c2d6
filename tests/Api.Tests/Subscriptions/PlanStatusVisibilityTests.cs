using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// R26–R28 for subscriptions: Ben's plan is declined, corrected, resubmitted and agreed while every kind of caller
/// listens. Each receives exactly the changes to plans it may see at the moment of the change, once each, in order,
/// after the change is committed; nobody receives a change to a plan they may not see.
/// </summary>
public sealed class PlanStatusVisibilityTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string WithReason = "subscription { planStatusChanged { " + SubscriptionTestData.Selection + " reason } }";

    [Fact]
    public async Task R26_R27_R28_every_subscriber_receives_exactly_the_changes_it_may_see_in_order()
    {
        var ben = await factory.PlanIdOfAsync("p-ben");
        var ada = await factory.PlanIdOfAsync("p-ada");
        var cleo = await factory.PlanIdOfAsync("p-cleo");
        var dev = await factory.PlanIdOfAsync("p-dev");
        var bensPlan = SubscriptionTestData.NodeIdOf(ben);
        var clients = new Dictionary<string, GraphQLWsClient>();
        try
        {
            foreach (var persona in new[] { "kw-sam", "p-ben", "admin-jo", "cs-kim", "prov-oak", "prov-sunrise", "sp-lee", "p-ada" })
            {
                var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor(persona));
                await client.SubscribeAsync("all", WithReason);
                await client.PingPongAsync();
                clients[persona] = client;
            }

            // Two subscriptions to one plan each: Sam to Ada's, Ben to his own.
            await clients["kw-sam"].SubscribeAsync("ada", "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId newStatus } }", new { plan = SubscriptionTestData.NodeIdOf(ada) });
            await clients["p-ben"].SubscribeAsync("mine", "subscription($plan: ID) { planStatusChanged(planId: $plan) { eventId newStatus } }", new { plan = bensPlan });
            await clients["kw-sam"].PingPongAsync();
            await clients["p-ben"].PingPongAsync();

            using var sam = factory.CreateClientFor("kw-sam");
            using var benHttp = factory.CreateClientFor("p-ben");

            // A refused mutation commits nothing, so it publishes nothing.
            var refused = await MutateAsync(sam, "agreePlan", AgreeInput(bensPlan));
            Assert.Contains(refused["errors"]!.AsArray(), error => (string?)error!["__typename"] == "OverBudgetError");

            // 1. Sam declines Ben's plan (R17).
            await MutateAsync(sam, "declinePlan", new
            {
                planId = bensPlan,
                reasons = "The plan is £1,450.00 a year over the personal budget.",
                requiredChanges = new[] { "Bring the total within £17,000.00 a year." },
                adviceOffered = "Free travel training from the bus company.",
            });
            var declined = await NextChangeAsync(clients["p-ben"], "all");
            AssertChange(declined, "SUBMITTED", "CHANGES_REQUIRED", "DECLINED", "KEY_WORKER", "p-ben");
            Assert.Equal("The plan is £1,450.00 a year over the personal budget.", (string?)declined["reason"]);
            Assert.Equal("CHANGES_REQUIRED", (string?)(await NextChangeAsync(clients["p-ben"], "mine"))["newStatus"]);

            // 2. Ben cuts the day service to two sessions: his plan changes, its status does not.
            var item = await DayServiceItemAsync(benHttp, bensPlan);
            await MutateAsync(benHttp, "updateSupportItem", new { planId = bensPlan, supportItemId = item, changes = new { quantity = 2 } }, "version { revision }");

            // 3. Ben submits again, this time over his WebSocket.
            await clients["p-ben"].SubscribeAsync("submit", "mutation($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { status } errors { __typename } } }",
                new { input = new { planId = bensPlan } });
            var submitResult = await clients["p-ben"].NextPayloadAsync("submit");
            Assert.Equal("SUBMITTED", (string?)submitResult["data"]!["submitPlan"]!["plan"]!["status"]);
            Assert.Equal("complete", (string?)(await clients["p-ben"].NextForAsync("submit"))["type"]);
            var submitted = await NextChangeAsync(clients["p-ben"], "all");
            AssertChange(submitted, "CHANGES_REQUIRED", "SUBMITTED", "SUBMITTED", "PERSON", "p-ben");
            Assert.Equal("SUBMITTED", (string?)(await NextChangeAsync(clients["p-ben"], "mine"))["newStatus"]);

            // Visibility is checked when a change is delivered. So that Oak has dealt with the changes so far before
            // it may see Ben's plan, a marker on Dev's plan (which Oak may see) must reach it first.
            var barrier = await factory.PublishMarkerAsync(dev);
            Barriers.Add(barrier);
            Assert.Equal(barrier, (string?)(await clients["prov-oak"].NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);

            // 4. Sam agrees it. Oak, with an item in the agreed version, may see Ben's plan from now on (R27).
            await MutateAsync(sam, "agreePlan", AgreeInput(bensPlan));
            var agreed = await NextChangeAsync(clients["p-ben"], "all");
            AssertChange(agreed, "SUBMITTED", "AGREED", "AGREED", "KEY_WORKER", "p-ben");
            Assert.Equal("AGREED", (string?)(await NextChangeAsync(clients["p-ben"], "mine"))["newStatus"]);
            Assert.True((int)declined["sequence"]! < (int)submitted["sequence"]! && (int)submitted["sequence"]! < (int)agreed["sequence"]!);

            // Council staff who see everyone (and Ben's Key Worker) got the three changes, in order, once each.
            foreach (var persona in new[] { "kw-sam", "admin-jo", "cs-kim" })
            {
                var received = new[]
                {
                    await NextChangeAsync(clients[persona], "all"),
                    await NextChangeAsync(clients[persona], "all"),
                    await NextChangeAsync(clients[persona], "all"),
                };
                Assert.Equal(
                    [(string?)declined["eventId"], (string?)submitted["eventId"], (string?)agreed["eventId"]],
                    received.Select(change => (string?)change["eventId"]));
            }

            // Oak was told of the agreement only: the earlier changes were to a plan it could not see then.
            var oakMessage = await NextNotBarrierAsync(clients["prov-oak"], "all");
            var oakChange = oakMessage["data"]!["planStatusChanged"]!;
            Assert.Equal((string?)agreed["eventId"], (string?)oakChange["eventId"]);
            Assert.Equal("AGREED", (string?)oakChange["plan"]!["status"]);

            // R27: the reason may hold an officer's decision notes; providers get the rest of the change without it.
            Assert.Null(oakChange["reason"]);
            Assert.Equal("AUTH_FIELD_FORBIDDEN", (string?)oakMessage["errors"]![0]!["extensions"]!["code"]);

            // Nobody heard anything else: markers published after the story, one to each demo plan, are the next (and
            // only) things each subscriber receives, those to plans it may see, in order. Subscribers deal with changes
            // in the order they were published, so nothing from the story can still come after them.
            var markers = new Dictionary<Guid, string>();
            foreach (var plan in new[] { cleo, ada, dev, ben })
            {
                markers[plan] = await factory.PublishMarkerAsync(plan);
            }

            await ExpectMarkersAsync(clients["prov-sunrise"], "all", markers[cleo], markers[dev]);
            await ExpectMarkersAsync(clients["sp-lee"], "all", markers[ada], markers[dev]);
            await ExpectMarkersAsync(clients["p-ada"], "all", markers[ada]);
            await ExpectMarkersAsync(clients["prov-oak"], "all", markers[dev], markers[ben]);
            await ExpectMarkersAsync(clients["kw-sam"], "ada", markers[ada]);
            foreach (var everyone in new[] { "kw-sam", "admin-jo", "cs-kim" })
            {
                await ExpectMarkersAsync(clients[everyone], "all", markers[cleo], markers[ada], markers[dev], markers[ben]);
            }

            await ExpectMarkersAsync(clients["p-ben"], "mine", markers[ben]);
            await ExpectMarkersAsync(clients["p-ben"], "all", markers[ben]);
            foreach (var (persona, client) in clients)
            {
                Assert.True(client.Drain().Count == 0, $"{persona} received more than it should.");
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                await client.DisposeAsync();
            }
        }

        // R30: what a subscriber was told is a read of the person's record, audited per event.
        using var admin = factory.CreateClientFor("admin-jo");
        var audit = await admin.DataAsync("{ auditLog(first: 100) { nodes { subject operation } } }");
        Assert.Contains(audit["auditLog"]!["nodes"]!.AsArray(), row => (string?)row!["subject"] == "prov-oak" && (string?)row["operation"] == "subscription planStatusChanged");
    }

    private static object AgreeInput(string planId) => new
    {
        planId,
        isLawfulAndSensible = true,
        keepsPersonHealthySafeAndWell = true,
        isResponsiblyManaged = true,
        rationale = "Meets every need and outcome in the assessment.",
        adviceOffered = "Free travel training from the bus company.",
    };

    private static void AssertChange(JsonObject change, string from, string to, string kind, string role, string person)
    {
        Assert.Equal(from, (string?)change["previousStatus"]);
        Assert.Equal(to, (string?)change["newStatus"]);
        Assert.Equal(kind, (string?)change["kind"]);
        Assert.Equal(role, (string?)change["actorRole"]);
        Assert.Equal(1, (int)change["versionNumber"]!);
        Assert.Equal(person, (string?)change["plan"]!["person"]!["reference"]);
        Assert.Equal(FixedTimeProvider.DemoNow, DateTimeOffset.Parse((string)change["occurredAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        // Read when delivered, after the commit: the plan already has the new status.
        Assert.Equal(to, (string?)change["plan"]!["status"]);
    }

    /// <summary>Markers published to order the test's steps; everyone who may see Dev's plan receives them, and skips them.</summary>
    private HashSet<string> Barriers { get; } = [];

    private async Task<JsonObject> NextChangeAsync(GraphQLWsClient client, string id)
    {
        var payload = await NextNotBarrierAsync(client, id);
        Assert.True(payload["errors"] is null, $"Unexpected errors: {payload["errors"]?.ToJsonString()}");
        return payload["data"]!["planStatusChanged"]!.AsObject();
    }

    private async Task<JsonObject> NextNotBarrierAsync(GraphQLWsClient client, string id)
    {
        while (true)
        {
            var payload = await client.NextPayloadAsync(id);
            if (!Barriers.Contains((string?)payload["data"]?["planStatusChanged"]?["eventId"] ?? string.Empty))
            {
                return payload;
            }
        }
    }

    private async Task ExpectMarkersAsync(GraphQLWsClient client, string id, params string[] markers)
    {
        foreach (var marker in markers)
        {
            Assert.Equal(marker, (string?)(await NextNotBarrierAsync(client, id))["data"]!["planStatusChanged"]!["eventId"]);
        }
    }

    private static async Task<JsonNode> MutateAsync(HttpClient client, string mutation, object input, string selection = "plan { id status }")
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var document = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code message }} }} }} }}";
        var data = await client.DataAsync(document, new { input });
        return data[mutation]!;
    }

    private static async Task<string> DayServiceItemAsync(HttpClient client, string planId)
    {
        var data = await client.DataAsync(
            "query($plan: ID!) { node(id: $plan) { ... on CarePlan { currentVersion { supportItems { id description } } } } }",
            new { plan = planId });
        return (string)data["node"]!["currentVersion"]!["supportItems"]!.AsArray()
            .Single(i => (string?)i!["description"] == "Day service sessions")!["id"]!;
    }
}
