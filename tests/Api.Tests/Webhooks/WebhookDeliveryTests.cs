using System.Text.Json.Nodes;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Webhooks;

/// <summary>
/// Issue 16's proofs: deliveries to real HTTP receivers on 127.0.0.1 that fail, time out and recover. Nothing is lost,
/// nothing reaches an integration that may not see the plan, each plan's events arrive in order, and a repeat happens
/// only after a failed attempt, with the same <c>webhook-id</c>. Every request verifies with the StandardWebhooks package.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private const string EndpointSelection = "webhookEndpoint { id status } secret";

    /// <summary>Short waits so the schedule plays out in seconds: 1 s timeout, retries after 0.2, 0.4, 0.6 and 0.8 s.</summary>
    internal static readonly Dictionary<string, string?> Delivering = new()
    {
        ["Webhooks:DeliveryEnabled"] = "true",
        ["Webhooks:AllowLocalNetworks"] = "true",
        ["Webhooks:Timeout"] = "00:00:01",
        ["Webhooks:Lease"] = "00:00:05",
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:Jitter"] = "0",
        ["Webhooks:RetrySchedule:0"] = "00:00:00.200",
        ["Webhooks:RetrySchedule:1"] = "00:00:00.400",
        ["Webhooks:RetrySchedule:2"] = "00:00:00.600",
        ["Webhooks:RetrySchedule:3"] = "00:00:00.800",
    };

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_receiver_that_fails_times_out_and_recovers_gets_every_event_it_may_see_once_in_order_per_plan()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var factory = CarePlanApiFactory.Create(null, Delivering);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var oak = factory.CreateClientFor("prov-oak");
        using var sam = factory.CreateClientFor("kw-sam");
        await RemoveDemoEndpointAsync(sunrise);
        receiver.Plan("sunrise", new WebhookReceiver.Answer(500, "not yet"), WebhookReceiver.Answer.Hang(TimeSpan.FromSeconds(3)));
        var sunriseEndpoint = await RegisterAsync(sunrise, receiver.Url("sunrise"));
        var oakEndpoint = await RegisterAsync(oak, receiver.Url("oak"));

        // Sunrise may see Cleo's and Dev's plans, Oak only Dev's, neither Ben's (DESIGN §6).
        var cleo = await factory.PlanIdAsync("p-cleo");
        var dev = await factory.PlanIdAsync("p-dev");
        var ben = await factory.PlanIdAsync("p-ben");
        await sam.SucceedAsync("startReview", new { planId = cleo, reviewOn = "2026-11-09" }, "plan { status }");
        await sam.SucceedAsync("declinePlan", Events.OutboxTests.Decline(ben), "plan { status }");
        await CommitEventsAsync(factory, cleo, 101, 4);
        await CommitEventsAsync(factory, dev, 201, 3);
        var expected = await EventsAsync(factory);
        var cleoEvents = expected.Where(e => e.PlanId == Plan(cleo)).ToList();
        var devEvents = expected.Where(e => e.PlanId == Plan(dev)).ToList();
        Assert.Equal(5, cleoEvents.Count);

        await receiver.WaitForAsync(r => Succeeded(r, "/sunrise").Count == 8 && Succeeded(r, "/oak").Count == 3, Patience, "Sunrise's 8 events and Oak's 3");
        await Task.Delay(1000);

        // Nothing lost, nothing extra: each event Sunrise may see succeeded exactly once; Oak only Dev's; Ben's to no one.
        Assert.Equal(Ids(cleoEvents.Concat(devEvents)).Order(), Succeeded(receiver.Requests, "/sunrise").Select(r => r.WebhookId).Order());
        Assert.Equal(Ids(devEvents).Order(), Succeeded(receiver.Requests, "/oak").Select(r => r.WebhookId).Order());
        var benEvent = WebhookMessage.IdOf(Assert.Single(expected, e => e.PlanId == Plan(ben)).EventId);
        Assert.DoesNotContain(receiver.Requests, r => r.WebhookId == benEvent);

        // The receiver's failures: a 500, then an attempt it held past the timeout; each repeated with the same webhook-id.
        var sunriseRequests = receiver.To("sunrise");
        Assert.Equal(10, sunriseRequests.Count);
        Assert.Equal([500, null], sunriseRequests.Where(r => !r.Succeeded).Select(r => r.AnsweredStatus));
        Assert.All(sunriseRequests.Where(r => !r.Succeeded), failed => Assert.Contains(sunriseRequests, r => r.Succeeded && r.WebhookId == failed.WebhookId));
        Assert.Equal(3, receiver.To("oak").Count);

        // Order per plan: no event of a plan is sent before every earlier one of that plan has been accepted.
        foreach (var path in new[] { "sunrise", "oak" })
        {
            AssertInOrder(receiver.To(path), expected);
        }

        // Signed with the endpoint's secret, as the StandardWebhooks package verifies it.
        Assert.All(receiver.To("sunrise"), r => Assert.True(r.VerifiesWith(sunriseEndpoint.Secret), $"{r.WebhookId} does not verify"));
        Assert.All(receiver.To("oak"), r => Assert.True(r.VerifiesWith(oakEndpoint.Secret)));
        Assert.False(receiver.To("oak")[0].VerifiesWith(sunriseEndpoint.Secret));

        // The owner sees every attempt: what was sent, when, how long it took and what the receiver said.
        // (The receiver's answer reaches the API before the API records it, so the record is awaited.)
        await WaitForAsync(async () => (await DeliveriesAsync(sunrise, sunriseEndpoint.Id)).All(d => (string?)d["status"] == "DELIVERED"), "every delivery recorded as delivered");
        var deliveries = await DeliveriesAsync(sunrise, sunriseEndpoint.Id);
        Assert.Equal(8, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("DELIVERED", (string?)d["status"]));
        var attempts = deliveries.SelectMany(d => d["attempts"]!.AsArray()).ToList();
        // 8 successes and the refusal; the hung request timed out. On a loaded machine the transport can fail a further
        // attempt before the receiver answers it (a time-out before the receiver reads it, or a pooled connection the
        // receiver has just closed after the hung request): recorded, as it should be, and retried with the same
        // webhook-id; nothing else may appear.
        var described = $"attempts: {string.Join("; ", attempts.Select(a => a!.ToJsonString()))}";
        Assert.True(attempts.Count(a => (string?)a!["outcome"] == "SUCCEEDED") == 8, described);
        Assert.True(attempts.All(a => (string?)a!["outcome"] is "SUCCEEDED" or "REFUSED" or "TIMED_OUT" or "UNREACHABLE"), described);
        var refused = Assert.Single(attempts, a => (string?)a!["outcome"] == "REFUSED")!;
        Assert.Equal((500, "not yet", "The receiver answered 500"), ((int?)refused["statusCode"], (string?)refused["responseExcerpt"], (string?)refused["error"]));
        var timedOut = attempts.Where(a => (string?)a!["outcome"] == "TIMED_OUT").ToList();
        Assert.NotEmpty(timedOut);
        Assert.All(timedOut, a => Assert.InRange((int)a!["durationMilliseconds"]!, 900, 2900));
        Assert.All(timedOut, a => Assert.Equal("No answer within 1 seconds", (string?)a!["error"]));
        Assert.Equal(0, (int)(await EndpointAsync(sunrise, sunriseEndpoint.Id))["consecutiveFailures"]!);

        // R30: each delivery is a read of the person's record by the integration, in the audit log.
        using var admin = factory.CreateClientFor("admin-jo");
        Assert.True(await AuditedDeliveriesAsync(factory) >= 11);
    }

    [Fact]
    public async Task An_endpoint_that_keeps_failing_is_paused_saying_why_and_after_it_is_resumed_nothing_is_lost_and_events_can_be_sent_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>(Delivering) { ["Webhooks:RetrySchedule:1"] = null, ["Webhooks:RetrySchedule:2"] = null, ["Webhooks:RetrySchedule:3"] = null };
        settings.Remove("Webhooks:RetrySchedule:1");
        settings.Remove("Webhooks:RetrySchedule:2");
        settings.Remove("Webhooks:RetrySchedule:3");
        using var factory = CarePlanApiFactory.Create(null, settings);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        await RemoveDemoEndpointAsync(sunrise);

        // Two attempts per delivery (the schedule has one retry); 5 deliveries failing in a row pause the endpoint.
        receiver.Plan("down", Enumerable.Repeat(new WebhookReceiver.Answer(503, "maintenance"), 10).ToArray());
        var endpoint = await RegisterAsync(sunrise, receiver.Url("down"));
        var cleo = await factory.PlanIdAsync("p-cleo");
        await CommitEventsAsync(factory, cleo, 1, 6);
        var events = await EventsAsync(factory);

        await WaitForAsync(async () => (string?)(await EndpointAsync(sunrise, endpoint.Id))["status"] == "PAUSED", "the endpoint to be paused");
        var paused = await EndpointAsync(sunrise, endpoint.Id);
        Assert.Equal("Paused after 5 deliveries in a row failed; the last: The receiver answered 503.", (string?)paused["pauseReason"]);
        var statuses = (await DeliveriesAsync(sunrise, endpoint.Id)).Select(d => ((int)d["sequence"]!, (string)d["status"]!)).OrderBy(d => d.Item1).ToList();
        Assert.Equal([(1, "FAILED"), (2, "FAILED"), (3, "FAILED"), (4, "FAILED"), (5, "FAILED"), (6, "PENDING")], statuses);

        // Paused: nothing more is sent, though the receiver is back.
        await Task.Delay(1000);
        Assert.Equal(10, receiver.Requests.Count);

        // Resumed: the event it missed goes out; then the owner asks for the first failed one again, by event id.
        await sunrise.SucceedAsync("resumeWebhook", new { webhookEndpointId = endpoint.Id }, "webhookEndpoint { status }");
        await receiver.WaitForAsync(r => r.Count(x => x.Succeeded) == 1, Patience, "the missed event");
        Assert.Equal(WebhookMessage.IdOf(events[5].EventId), receiver.Requests.Single(r => r.Succeeded).WebhookId);

        var first = WebhookMessage.IdOf(events[0].EventId);
        var queued = await sunrise.SucceedAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, eventIds = new[] { first } }, "queued");
        Assert.Equal(1, (int)queued["queued"]!);
        await receiver.WaitForAsync(r => r.Count(x => x.Succeeded) == 2, Patience, "the event sent again");
        var again = receiver.Requests.Last(r => r.Succeeded);
        Assert.Equal(first, again.WebhookId);
        Assert.True(again.VerifiesWith(endpoint.Secret));
        Assert.Equal(2, receiver.Requests.Count(r => r.WebhookId == first && !r.Succeeded));

        // By time range: every event of the changes made in it (all six here), in order per plan.
        var ranged = await sunrise.SucceedAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, from = "2026-11-02T00:00:00Z", to = "2026-11-03T00:00:00Z" }, "queued");
        Assert.Equal(6, (int)ranged["queued"]!);
        await receiver.WaitForAsync(r => r.Count(x => x.Succeeded) == 8, Patience, "the six events sent again");
        AssertInOrder(receiver.Requests.Skip(receiver.Requests.Count - 6).ToList(), events);

        // Bad requests are clear errors and queue nothing.
        using var oak = factory.CreateClientFor("prov-oak");
        var unknown = NodeId.Encode("PlanEvent", Guid.NewGuid());
        Assert.Equal(["UNKNOWN_WEBHOOK_EVENT"], await sunrise.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, eventIds = new[] { first, unknown } }));
        Assert.Equal(["INVALID_REDELIVERY"], await sunrise.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id }));
        Assert.Equal(["INVALID_REDELIVERY"], await sunrise.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, eventIds = new[] { first }, from = "2026-11-02T00:00:00Z", to = "2026-11-03T00:00:00Z" }));
        Assert.Equal(["INVALID_REDELIVERY"], await sunrise.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, from = "2026-11-03T00:00:00Z", to = "2026-11-02T00:00:00Z" }));
        Assert.Equal(["INVALID_REDELIVERY"], await sunrise.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, from = "2026-09-01T00:00:00Z", to = "2026-11-03T00:00:00Z" }));
        Assert.Equal(["WEBHOOK_ENDPOINT_NOT_FOUND"], await oak.RefuseAsync("redeliverWebhookEvents", new { webhookEndpointId = endpoint.Id, eventIds = new[] { first } }));
        await Task.Delay(500);
        Assert.Equal(8, receiver.Requests.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task A_delivery_whose_name_now_resolves_to_a_private_address_is_not_sent_and_says_why()
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        // Registered where local addresses are allowed; delivered by an instance where they are not, as when a public
        // name is pointed at a private address after registration.
        using var registering = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Webhooks:AllowLocalNetworks"] = "true" });
        using var sunrise = registering.CreateClientFor("prov-sunrise");
        await RemoveDemoEndpointAsync(sunrise);
        var endpoint = await RegisterAsync(sunrise, receiver.Url("inside"));
        using var delivering = CarePlanApiFactory.Create(registering, new Dictionary<string, string?>(Delivering) { ["Webhooks:AllowLocalNetworks"] = "false" });
        await CommitEventsAsync(delivering, await registering.PlanIdAsync("p-cleo"), 1, 1);

        await WaitForAsync(async () => (await DeliveriesAsync(sunrise, endpoint.Id)).Any(d => d["attempts"]!.AsArray().Count > 0), "an attempt");
        var attempt = (await DeliveriesAsync(sunrise, endpoint.Id)).Single()["attempts"]![0]!;
        Assert.Equal("ADDRESS_REFUSED", (string?)attempt["outcome"]);
        Assert.Contains("resolves to 127.0.0.1, a private, loopback or link-local address", (string?)attempt["error"], StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Whether_the_integration_may_see_the_plan_is_decided_again_when_the_delivery_is_made()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Webhooks:AllowLocalNetworks"] = "true" });
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var sam = factory.CreateClientFor("kw-sam");
        await RemoveDemoEndpointAsync(sunrise);
        var endpoint = await RegisterAsync(sunrise, receiver.Url("late"));
        var worker = factory.Services.GetRequiredService<WebhookDeliveryWorker>();
        var cleo = await factory.PlanIdAsync("p-cleo");

        // Staged while Sunrise had an item in Cleo's agreed plan; then the item is gone before the delivery is made.
        await sam.SucceedAsync("startReview", new { planId = cleo, reviewOn = "2026-11-09" }, "plan { status }");
        await worker.StagePendingAsync(CancellationToken.None);
        Assert.Equal("PENDING", (string?)Assert.Single(await DeliveriesAsync(sunrise, endpoint.Id))["status"]);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var sunriseId = new Id<Domain.Organisations.Organisation>(NodeId.DecodeAs(await factory.OrganisationIdAsync("prov-sunrise"), "Organisation", "id"));
            var planId = new Id<CarePlan>(Plan(cleo));
            var versions = db.PlanVersions.Where(v => v.PlanId == planId).Select(v => v.Id);
            Assert.True(await db.SupportItems.Where(i => i.ProviderId == sunriseId && versions.Contains(EF.Property<Id<PlanVersion>>(i, "PlanVersionId"))).ExecuteDeleteAsync() > 0);
        }

        await worker.RunPassAsync(CancellationToken.None);
        var delivery = await DeliveriesAsync(sunrise, endpoint.Id);
        Assert.Equal("WITHHELD", (string?)Assert.Single(delivery)["status"]);
        Assert.Empty(delivery[0]["attempts"]!.AsArray());
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Two_instances_delivering_from_one_database_send_each_event_once_in_order_per_plan()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var first = CarePlanApiFactory.Create(null, Delivering);
        using var second = CarePlanApiFactory.Create(first, Delivering);
        using var sunrise = first.CreateClientFor("prov-sunrise");
        await RemoveDemoEndpointAsync(sunrise);
        var endpoint = await RegisterAsync(sunrise, receiver.Url("both"));
        _ = second.Services.GetRequiredService<WebhookDeliveryWorker>();

        // Events committed on both instances, for two plans, while both deliver.
        var cleo = await first.PlanIdAsync("p-cleo");
        var dev = await first.PlanIdAsync("p-dev");
        await Task.WhenAll(
            CommitEventsOneByOneAsync(first, cleo, 1, 12),
            CommitEventsOneByOneAsync(second, dev, 1, 12));
        var events = await EventsAsync(first);
        await receiver.WaitForAsync(r => r.Count >= 24, Patience, "24 events");
        await Task.Delay(1500);

        Assert.Equal(Ids(events).Order(), receiver.Requests.Select(r => r.WebhookId).Order());
        AssertInOrder(receiver.Requests, events);
        Assert.All(receiver.Requests, r => Assert.True(r.VerifiesWith(endpoint.Secret)));
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_connecting()
    {
        using var handler = new SocketsHttpHandler { ConnectCallback = WebhookAddressGuard.Connect(allowLocalNetworks: false) };
        using var client = new HttpClient(handler);
        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://localhost:9/hooks")));
        var refused = Assert.IsType<WebhookAddressRefusedException>(failed.InnerException);
        Assert.Contains("\"localhost\" resolves to", refused.Message, StringComparison.Ordinal);
    }

    internal sealed record Endpoint(string Id, string Secret);

    internal static async Task<Endpoint> RegisterAsync(HttpClient client, string url)
    {
        var integration = (string)(await client.DataAsync("{ integrations(first: 1) { nodes { id } } }"))["integrations"]!["nodes"]![0]!["id"]!;
        var registered = await client.SucceedAsync("registerWebhook", new { integrationId = integration, url }, EndpointSelection);
        return new Endpoint((string)registered["webhookEndpoint"]!["id"]!, (string)registered["secret"]!);
    }

    /// <summary>Sunrise's demo endpoint points at a name that does not resolve here: removed, so it adds no noise.</summary>
    internal static async Task RemoveDemoEndpointAsync(HttpClient sunrise)
    {
        var hooks = (await sunrise.DataAsync("{ integrations(first: 1) { nodes { webhooks { id status } } } }"))["integrations"]!["nodes"]![0]!["webhooks"]!.AsArray();
        foreach (var hook in hooks.Where(h => (string?)h!["status"] != "REMOVED"))
        {
            await sunrise.SucceedAsync("removeWebhook", new { webhookEndpointId = (string)hook!["id"]! }, "webhookEndpoint { status }");
        }
    }

    /// <summary>Commits <paramref name="count"/> status events of the plan to the outbox in one transaction, as changes do.</summary>
    internal static async Task CommitEventsAsync(CarePlanApiFactory factory, string planId, int firstSequence, int count)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        db.Set<OutboxMessage>().AddRange(Enumerable.Range(firstSequence, count).Select(sequence => OutboxMessage.For(Change(Plan(planId), sequence), FixedTimeProvider.DemoNow)));
        await db.SaveChangesAsync();
    }

    private static async Task CommitEventsOneByOneAsync(CarePlanApiFactory factory, string planId, int firstSequence, int count)
    {
        for (var sequence = firstSequence; sequence < firstSequence + count; sequence++)
        {
            await CommitEventsAsync(factory, planId, sequence, 1);
            await Task.Delay(20);
        }
    }

    private static PlanStatusChanged Change(Guid plan, int sequence) =>
        new(Guid.NewGuid(), plan, sequence, 1, PlanEventKind.ReviewStarted, PlanStatus.Active, PlanStatus.UnderReview, ActorRole.KeyWorker, FixedTimeProvider.DemoNow.AddMinutes(sequence), null);

    /// <summary>Every event in the outbox, each plan's in order.</summary>
    private static async Task<List<PlanStatusChanged>> EventsAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
        return rows.Select(r => PlanEventJson.Deserialize(r.Payload)).OrderBy(e => e.PlanId).ThenBy(e => e.Sequence).ToList();
    }

    /// <summary>Each request's event came after every earlier event of its plan had been accepted.</summary>
    private static void AssertInOrder(IReadOnlyList<WebhookReceiver.Received> requests, IReadOnlyList<PlanStatusChanged> events)
    {
        var byId = events.ToDictionary(e => WebhookMessage.IdOf(e.EventId));
        var accepted = new HashSet<string>();
        foreach (var request in requests)
        {
            var change = byId[request.WebhookId];
            var earlier = events.Where(e => e.PlanId == change.PlanId && e.Sequence < change.Sequence).Select(e => WebhookMessage.IdOf(e.EventId));
            var sentBefore = requests.TakeWhile(r => !ReferenceEquals(r, request)).Select(r => r.WebhookId).ToHashSet();
            Assert.All(earlier.Where(sentBefore.Contains), id => Assert.Contains(id, accepted));
            if (request.Succeeded)
            {
                accepted.Add(request.WebhookId);
            }
        }
    }

    private static List<WebhookReceiver.Received> Succeeded(IReadOnlyList<WebhookReceiver.Received> requests, string path) =>
        requests.Where(r => r.Path == path && r.Succeeded).ToList();

    private static IEnumerable<string> Ids(IEnumerable<PlanStatusChanged> events) => events.Select(e => WebhookMessage.IdOf(e.EventId));

    private static Guid Plan(string planId) => NodeId.DecodeAs(planId, "CarePlan", "planId");

    private static async Task<JsonNode> EndpointAsync(HttpClient client, string id) =>
        (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status pauseReason consecutiveFailures } } }", new { id }))["node"]!;

    private static async Task<List<JsonNode>> DeliveriesAsync(HttpClient client, string id) =>
        [.. (await client.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { deliveries(last: 100) { eventId sequence status attemptCount lastError attempts { number outcome statusCode error durationMilliseconds responseExcerpt } } } } }",
            new { id }))["node"]!["deliveries"]!.AsArray().Select(d => d!)];

    private static async Task<int> AuditedDeliveriesAsync(CarePlanApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().AuditEntries.CountAsync(e => e.Operation == WebhookDeliveryWorker.AuditOperation);
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
