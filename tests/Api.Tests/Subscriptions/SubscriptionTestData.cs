using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>Finds the demo plans and publishes marker events straight onto the bus.</summary>
internal static class SubscriptionTestData
{
    public const string Selection = "eventId previousStatus newStatus kind versionNumber occurredAt actorRole sequence plan { id status person { reference } }";

    public const string AllPlans = "subscription { planStatusChanged { " + Selection + " } }";

    /// <summary>The plan of the demo person with <paramref name="reference"/> (each has one).</summary>
    public static async Task<Guid> PlanIdOfAsync(this WebApplicationFactory<Program> factory, string reference)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var plan = await db.CarePlans.AsNoTracking()
            .Where(p => db.People.Any(person => person.Id == p.PersonId && person.Reference == reference))
            .Select(p => p.Id)
            .SingleAsync();
        return plan.Value;
    }

    public static string NodeIdOf(Guid planId) => NodeId.Encode("CarePlan", planId);

    /// <summary>
    /// Publishes a marker change of <paramref name="planId"/> (ACTIVE → ACTIVE, never a real one) straight onto the bus.
    /// A subscriber handles changes in the order they were published, so once it receives the marker it has already
    /// dealt with every change published before it: whatever it did not receive by then, it will never receive.
    /// </summary>
    public static async Task<string> PublishMarkerAsync(this WebApplicationFactory<Program> factory, Guid planId)
    {
        var eventId = Guid.NewGuid();
        var marker = new PlanStatusChanged(eventId, planId, 999, 1, PlanEventKind.ReviewStarted, PlanStatus.Active, PlanStatus.Active,
            ActorRole.Administrator, FixedTimeProvider.DemoNow, "marker");
        await factory.Services.GetRequiredService<IPlanEventBus>().PublishAsync(marker, CancellationToken.None);
        return NodeId.Encode("PlanEvent", eventId);
    }

    /// <summary>How many subscribers listen on the bus now.</summary>
    public static int Subscribers(this WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<PlanEventFanOut>().SubscriberCount;

    /// <summary>Waits until the bus has <paramref name="count"/> subscribers (disposal happens after the socket closes).</summary>
    public static async Task WaitForSubscribersAsync(this WebApplicationFactory<Program> factory, int count)
    {
        var deadline = DateTime.UtcNow + GraphQLWsClient.Patience;
        while (factory.Subscribers() != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} subscribers on the bus, found {factory.Subscribers()}.");
            await Task.Delay(20);
        }
    }
}
