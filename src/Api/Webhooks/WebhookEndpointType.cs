using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Webhooks;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>An integration's webhook endpoint (issue 16); its secret is never readable after it is shown once.</summary>
public sealed class WebhookEndpointType : NodeGraphType<WebhookEndpoint>
{
    public WebhookEndpointType()
        : base(
            "WebhookEndpoint",
            "Where an approved integration receives `planStatusChanged` events as signed HTTP POSTs (the Standard Webhooks format) when it cannot keep a WebSocket open. "
            + "Seen by administrators and by its integration's own organisation. Its signing secret is shown once, by `registerWebhook` and `rotateWebhookSecret`.",
            e => e.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where deliveries are posted: https, and not a private address (outside Development).").Resolve(c => c.Source.Url);
        Field<StringGraphType>("description").Description("What it is for, in its owner's words.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<WebhookEndpointStatusType>>("status").Description("Whether deliveries are made.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("consecutiveFailures").Description("Failed deliveries in a row; 5 pause the endpoint.").Resolve(c => c.Source.ConsecutiveFailures);
        Field<StringGraphType>("pauseReason").Description("Why it was paused, in words; null when it is not.").Resolve(c => c.Source.PauseReason);
        Field<DateTimeType>("previousSecretExpiresAt").Description("After a rotation, until when the previous secret still signs deliveries (alongside the new one).").Resolve(c => c.Source.PreviousSecretExpiresAt);
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When it was registered.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Moves with every change to it.").Resolve(c => c.Source.EditRevision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description($"Its deliveries, the newest event first, with their attempts: what was sent, when, and what the receiver answered. Kept 30 days by default.")
            .Argument<WebhookDeliveryStatusType>("status", "Only deliveries in this state, e.g. FAILED.")
            .Argument<IntGraphType>("last", $"How many, newest first: 1 to {MaxDeliveries}; default 20.")
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) => await DeliveriesAsync(db, c.Source.Id, c.GetArgument<WebhookDeliveryStatus?>("status"), c.GetArgument("last", 20), c.CancellationToken).ConfigureAwait(false));
    }

    /// <summary>The most deliveries one request reads per endpoint.</summary>
    public const int MaxDeliveries = 100;

    private static async Task<IReadOnlyList<WebhookDeliveryView>> DeliveriesAsync(CarePlanDbContext db, Id<WebhookEndpoint> endpointId, WebhookDeliveryStatus? status, int last, CancellationToken cancellationToken)
    {
        if (last is < 1 or > MaxDeliveries)
        {
            throw new ExecutionError($"Ask for 1 to {MaxDeliveries} deliveries.") { Code = "INVALID_PAGE_SIZE" };
        }

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId);
        if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }

        var deliveries = await query.OrderByDescending(d => d.OccurredAt).ThenByDescending(d => d.Sequence).Take(last).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = deliveries.Select(d => d.Id).ToList();

        // One query for every delivery's attempts.
        var attempts = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => a.DeliveryId);
        return deliveries.Select(d => new WebhookDeliveryView(d, attempts[d.Id].OrderByDescending(a => a.AttemptedAt).ThenByDescending(a => a.Number).ToList())).ToList();
    }
}
