using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using GraphQL.Types;

namespace CarePlanGraph.Api.Webhooks.Delivery;

public sealed class WebhookDeliveryStatusType() : DescribedEnumType<WebhookDeliveryStatus>(
    "WebhookDeliveryStatus",
    "Where a webhook delivery stands.",
    new Dictionary<WebhookDeliveryStatus, string>
    {
        [WebhookDeliveryStatus.Pending] = "Waiting for its first attempt or its next retry (`nextAttemptAt`), or for its endpoint to be resumed.",
        [WebhookDeliveryStatus.Delivered] = "The receiver answered with a 2xx status.",
        [WebhookDeliveryStatus.Failed] = "Every attempt on the retry schedule failed. `redeliverWebhookEvents` queues it again.",
        [WebhookDeliveryStatus.Withheld] = "Not sent: when it was due, the integration could no longer see the plan.",
    });

public sealed class WebhookAttemptOutcomeType() : DescribedEnumType<WebhookAttemptOutcome>(
    "WebhookAttemptOutcome",
    "How one attempt at a webhook delivery ended.",
    new Dictionary<WebhookAttemptOutcome, string>
    {
        [WebhookAttemptOutcome.Succeeded] = "The receiver answered with a 2xx status.",
        [WebhookAttemptOutcome.Refused] = "The receiver answered with another status (a redirect included: deliveries never follow redirects).",
        [WebhookAttemptOutcome.TimedOut] = "No answer within the timeout (10 seconds by default).",
        [WebhookAttemptOutcome.Unreachable] = "The receiver could not be reached: its name was not found, the connection was refused or failed, or TLS failed.",
        [WebhookAttemptOutcome.AddressRefused] = "Not sent: the endpoint's name resolved to a private, loopback or link-local address.",
    });

/// <summary>A delivery and its attempts, newest attempt first, read together for a list of deliveries.</summary>
public sealed record WebhookDeliveryView(WebhookDelivery Delivery, IReadOnlyList<WebhookAttempt> Attempts);

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryView>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One `planStatusChanged` event on its way to one webhook endpoint, with every attempt made. Seen by whoever sees the endpoint.";
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The event (the subscription's `PlanStatusChange.eventId`); also the `webhook-id` header of every attempt, retries and replays included, so a receiver can drop repeats.")
            .Resolve(c => WebhookMessage.IdOf(c.Source.Delivery.EventId));
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan that changed (`CarePlan.id`).").Resolve(c => NodeId.Encode("CarePlan", c.Source.Delivery.PlanId));
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The change's position in the plan's history: one plan's events reach an endpoint in this order.").Resolve(c => c.Source.Delivery.Sequence);
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When the change was made.").Resolve(c => c.Source.Delivery.OccurredAt);
        Field<NonNullGraphType<WebhookDeliveryStatusType>>("status").Description("Where the delivery stands.").Resolve(c => c.Source.Delivery.Status);
        Field<NonNullGraphType<IntGraphType>>("attemptCount").Description("Attempts made since it was made or last queued again.").Resolve(c => c.Source.Delivery.AttemptCount);
        Field<DateTimeType>("nextAttemptAt").Description("When the next attempt is due; null unless PENDING.").Resolve(c => c.Source.Delivery.Status == WebhookDeliveryStatus.Pending ? c.Source.Delivery.NextAttemptAt : null);
        Field<DateTimeType>("deliveredAt").Description("When the receiver accepted it.").Resolve(c => c.Source.Delivery.DeliveredAt);
        Field<StringGraphType>("lastError").Description("Why the last attempt failed (or why it was withheld), in words.").Resolve(c => c.Source.Delivery.LastError);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookAttemptType>>>>("attempts").Description("Every attempt kept, newest first.").Resolve(c => c.Source.Attempts);
    }
}

public sealed class WebhookAttemptType : ObjectGraphType<WebhookAttempt>
{
    public WebhookAttemptType()
    {
        Name = "WebhookAttempt";
        Description = "One attempt at a webhook delivery: when, how long, and what the receiver answered.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("1 for the first attempt since the delivery was made or queued again.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<DateTimeType>>("attemptedAt").Description("When it started.").Resolve(c => c.Source.AttemptedAt);
        Field<NonNullGraphType<IntGraphType>>("durationMilliseconds").Description("How long it took, in milliseconds.").Resolve(c => c.Source.DurationMilliseconds);
        Field<NonNullGraphType<WebhookAttemptOutcomeType>>("outcome").Description("How it ended.").Resolve(c => c.Source.Outcome);
        Field<IntGraphType>("statusCode").Description("The receiver's HTTP status, when it answered.").Resolve(c => c.Source.StatusCode);
        Field<StringGraphType>("error").Description("What went wrong, in words; null when it succeeded.").Resolve(c => c.Source.Error);
        Field<StringGraphType>("responseExcerpt").Description("The start of the receiver's response body (500 characters by default).").Resolve(c => c.Source.ResponseExcerpt);
    }
}
