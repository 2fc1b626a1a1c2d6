using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Webhooks;
using GraphQL.Types;

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
    }
}
