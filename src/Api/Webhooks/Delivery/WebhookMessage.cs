using System.Text.Json;
using System.Text.Json.Serialization;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using GraphQL;

namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>
/// The body of a delivery, in the Standard Webhooks shape (<c>type</c>, <c>timestamp</c>, <c>data</c>). <c>data</c>
/// carries what the <c>planStatusChanged</c> subscription's fields of the same names carry, with the same IDs and enum
/// values, except the decision's reason: a receiver that needs it asks for the plan's <c>history</c>, where the rules on
/// who may read it (R27) apply. <c>timestamp</c> is when the change was made, not when it was sent.
/// </summary>
public static class WebhookMessage
{
    /// <summary>The event type: the subscription's name.</summary>
    public const string PlanStatusChangedType = "planStatusChanged";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The <c>webhook-id</c> of an event's deliveries: its <c>eventId</c>, the same on every retry and replay.</summary>
    public static string IdOf(Guid eventId) => NodeId.Encode("PlanEvent", eventId);

    /// <summary>The JSON body for the outbox's <paramref name="payload"/>.</summary>
    public static string Body(string payload)
    {
        var change = PlanEventJson.Deserialize(payload);
        return JsonSerializer.Serialize(
            new Envelope(
                PlanStatusChangedType,
                change.OccurredAt.ToUniversalTime(),
                new Data(
                    IdOf(change.EventId),
                    NodeId.Encode("CarePlan", change.PlanId),
                    change.Sequence,
                    change.VersionNumber,
                    change.Kind.ToString().ToConstantCase(),
                    change.FromStatus.ToString().ToConstantCase(),
                    change.ToStatus.ToString().ToConstantCase(),
                    change.ActorRole.ToString().ToConstantCase(),
                    change.OccurredAt.ToUniversalTime())),
            Options);
    }

    private sealed record Envelope(string Type, DateTimeOffset Timestamp, Data Data);

    private sealed record Data(
        string EventId,
        string PlanId,
        int Sequence,
        int VersionNumber,
        string Kind,
        string PreviousStatus,
        string NewStatus,
        string ActorRole,
        DateTimeOffset OccurredAt);
}
