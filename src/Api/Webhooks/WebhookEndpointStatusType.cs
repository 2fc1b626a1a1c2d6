using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Webhooks;

public sealed class WebhookEndpointStatusType() : DescribedEnumType<WebhookEndpointStatus>(
    "WebhookEndpointStatus",
    "Whether deliveries are made to a webhook endpoint.",
    new Dictionary<WebhookEndpointStatus, string>
    {
        [WebhookEndpointStatus.Active] = "Deliveries are made.",
        [WebhookEndpointStatus.Paused] = "Paused after 5 failed deliveries in a row (see `pauseReason`); `resumeWebhook` starts deliveries again.",
        [WebhookEndpointStatus.Removed] = "Removed by its owner: no deliveries; kept so its history can be read.",
    });
