using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans.Subscriptions;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>
/// Issue 13, fan-out by audience: a change is checked once per audience (a provider's portals, a planner's staff …),
/// executed and serialised once per audience and document, and still audited once per subscriber it reaches (R30).
/// Sunrise provides for Cleo and Dev, Oak for Dev only (R27).
/// </summary>
public sealed class AudienceFanOutTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string Operation = "subscription planStatusChanged";

    [Fact]
    public async Task R27_each_audience_is_checked_once_per_change_and_its_subscribers_get_the_same_payload()
    {
        using var api = Quiet();
        await api.WaitForSubscribersAsync(0);
        var cleo = await api.PlanIdOfAsync("p-cleo");
        var dev = await api.PlanIdOfAsync("p-dev");
        var visibility = api.Services.GetRequiredService<AudienceVisibility>();
        await using var clients = new Clients();
        var sunrise = await clients.SubscribeAsync(api, "prov-sunrise", 4);
        var oak = await clients.SubscribeAsync(api, "prov-oak", 2);
        var sam = await clients.SubscribeAsync(api, "kw-sam", 1);

        // One Sunrise portal asks for less: the same audience, another document, so another payload.
        var brief = await clients.SubscribeAsync(api, "prov-sunrise", 1, "subscription { planStatusChanged { eventId newStatus } }");
        var decisionsBefore = visibility.Decisions;

        var toCleo = await api.PublishMarkerAsync(cleo);
        var payloads = await Task.WhenAll(sunrise.Concat(sam).Select(client => client.NextPayloadAsync("all")));
        Assert.All(payloads, payload => Assert.Equal(toCleo, (string?)payload["data"]!["planStatusChanged"]!["eventId"]));
        Assert.Single(payloads.Take(sunrise.Count).Select(payload => payload.ToJsonString()).Distinct());
        Assert.Equal("p-cleo", (string?)payloads[0]["data"]!["planStatusChanged"]!["plan"]!["person"]!["reference"]);
        var briefly = await brief[0].NextPayloadAsync("all");
        Assert.Equal("""{"data":{"planStatusChanged":{"eventId":"TOKEN","newStatus":"ACTIVE"}}}""".Replace("TOKEN", toCleo, StringComparison.Ordinal), briefly.ToJsonString());

        // Oak may not see Cleo's plan: the first change it hears of is the next one, about Dev's.
        var toDev = await api.PublishMarkerAsync(dev);
        foreach (var client in oak)
        {
            Assert.Equal(toDev, (string?)(await client.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        }

        foreach (var client in sunrise.Concat(sam).Concat(brief))
        {
            Assert.Equal(toDev, (string?)(await client.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        }

        // Three audiences (Sunrise, Oak, Sam), two changes: six checks for nine subscriptions.
        Assert.Equal(6, visibility.Decisions - decisionsBefore);
        await Task.Delay(100);
        Assert.All(oak.Concat(sunrise).Concat(sam).Concat(brief), client => Assert.Empty(client.Drain()));
    }

    [Fact]
    public async Task The_queries_one_change_costs_do_not_grow_with_the_subscribers_of_one_audience()
    {
        using var api = Quiet();
        await api.WaitForSubscribersAsync(0);
        var cleo = await api.PlanIdOfAsync("p-cleo");
        await using var clients = new Clients();
        var portals = await clients.SubscribeAsync(api, "prov-sunrise", 1);

        var one = await SelectsForOneChangeAsync(api, cleo, portals);
        portals.AddRange(await clients.SubscribeAsync(api, "prov-sunrise", 7));
        var eight = await SelectsForOneChangeAsync(api, cleo, portals);

        Assert.True(one > 0, "The counter saw no query: it cannot tell anything.");
        Assert.Equal(one, eight);
    }

    [Fact]
    public async Task R30_every_subscriber_a_change_reaches_has_its_own_audit_row_saved_before_it_is_sent()
    {
        using var api = Quiet();
        await api.WaitForSubscribersAsync(0);
        var cleo = await api.PlanIdOfAsync("p-cleo");
        var cleoPerson = await PersonOfAsync(api, cleo);
        await using var clients = new Clients();
        var sunrise = await clients.SubscribeAsync(api, "prov-sunrise", 3);
        var oak = await clients.SubscribeAsync(api, "prov-oak", 2);
        var sam = await clients.SubscribeAsync(api, "kw-sam", 1);
        var before = await ReadsOfAsync(api, cleoPerson);
        var writer = api.Services.GetRequiredService<AuditWriter>();
        var rowsBefore = writer.RowsWritten;

        await api.PublishMarkerAsync(cleo);
        await Task.WhenAll(sunrise.Concat(sam).Select(client => client.NextPayloadAsync("all")));

        // Counted as soon as the last delivery arrived: each row is saved before its delivery is sent.
        var after = await ReadsOfAsync(api, cleoPerson);
        Assert.Equal(3, after.GetValueOrDefault("prov-sunrise") - before.GetValueOrDefault("prov-sunrise"));
        Assert.Equal(1, after.GetValueOrDefault("kw-sam") - before.GetValueOrDefault("kw-sam"));
        Assert.Equal(before.GetValueOrDefault("prov-oak"), after.GetValueOrDefault("prov-oak"));
        // Written by the one group-commit writer, not one by one.
        Assert.True(writer.RowsWritten - rowsBefore >= 4);
        Assert.All(oak, client => Assert.Empty(client.Drain()));
    }

    [Fact]
    public void An_organisations_staff_and_apps_share_an_audience_everyone_else_is_their_own()
    {
        var sunrise = new Id<Organisation>(Guid.NewGuid());
        var oak = new Id<Organisation>(Guid.NewGuid());
        Caller Of(string subject, ActorRole role, Id<Organisation>? organisation = null) =>
            new(subject, subject, role, null, null, organisation);

        Assert.Equal(SubscriberAudience.Of(Of("portal", ActorRole.Provider, sunrise)), SubscriberAudience.Of(Of("ann", ActorRole.Provider, sunrise)));
        Assert.Equal(SubscriberAudience.Of(Of("lee", ActorRole.SupportPlanner, sunrise)), SubscriberAudience.Of(Of("max", ActorRole.SupportPlanner, sunrise)));
        Assert.NotEqual(SubscriberAudience.Of(Of("portal", ActorRole.Provider, sunrise)), SubscriberAudience.Of(Of("portal", ActorRole.Provider, oak)));
        Assert.NotEqual(SubscriberAudience.Of(Of("x", ActorRole.Provider, sunrise)), SubscriberAudience.Of(Of("x", ActorRole.Advocate, sunrise)));

        // A Key Worker's caseload, a person's own plan, a carer's consents: each is theirs alone.
        Assert.NotEqual(SubscriberAudience.Of(Of("kw-sam", ActorRole.KeyWorker)), SubscriberAudience.Of(Of("kw-ann", ActorRole.KeyWorker)));
        Assert.NotEqual(SubscriberAudience.Of(Of("p-ada", ActorRole.Person)), SubscriberAudience.Of(Of("p-ben", ActorRole.Person)));
        Assert.NotEqual(SubscriberAudience.Of(Of("carer-fay", ActorRole.Helper)), SubscriberAudience.Of(Of("carer-gus", ActorRole.Helper)));
        Assert.NotEqual(SubscriberAudience.Of(Of("admin-jo", ActorRole.Administrator)), SubscriberAudience.Of(Of("admin-al", ActorRole.Administrator)));
    }

    /// <summary>The factory without the outbox dispatcher, whose polling would add queries of its own to the count.</summary>
    private WebApplicationFactory<Program> Quiet() =>
        factory.WithWebHostBuilder(builder => builder.UseSetting("Events:DispatcherEnabled", "false"));

    private async Task<int> SelectsForOneChangeAsync(WebApplicationFactory<Program> api, Guid plan, IReadOnlyList<GraphQLWsClient> portals)
    {
        factory.Sql.Reset();
        var marker = await api.PublishMarkerAsync(plan);
        foreach (var portal in portals)
        {
            Assert.Equal(marker, (string?)(await portal.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        }

        return factory.Sql.Count;
    }

    private static async Task<Id<Person>> PersonOfAsync(WebApplicationFactory<Program> api, Guid plan)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var planId = new Id<CarePlan>(plan);
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().CarePlans.Where(p => p.Id == planId).Select(p => p.PersonId).SingleAsync();
    }

    /// <summary>The subscription's read rows of the person's record, by who read it.</summary>
    private static async Task<Dictionary<string, int>> ReadsOfAsync(WebApplicationFactory<Program> api, Id<Person> person)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.PersonId == person && e.Operation == Operation)
            .Select(e => e.Subject)
            .ToListAsync();
        return rows.GroupBy(subject => subject).ToDictionary(group => group.Key, group => group.Count());
    }

    /// <summary>Sockets that each listen to every plan they may see (id "all"); closed together.</summary>
    private sealed class Clients : IAsyncDisposable
    {
        private readonly List<GraphQLWsClient> _all = [];

        public async Task<List<GraphQLWsClient>> SubscribeAsync(WebApplicationFactory<Program> api, string persona, int count, string query = SubscriptionTestData.AllPlans)
        {
            var token = api.Services.GetRequiredService<LocalTokenIssuer>().Issue(DemoPersonas.Find(persona)!);
            var clients = new List<GraphQLWsClient>();
            for (var i = 0; i < count; i++)
            {
                var client = await GraphQLWsClient.ConnectAndInitAsync(api.Server, token);
                _all.Add(client);
                await client.SubscribeAsync("all", query);
                await client.PingPongAsync();
                clients.Add(client);
            }

            return clients;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _all)
            {
                await client.DisposeAsync();
            }
        }
    }
}
