using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>A webhook endpoint ID the caller may not see.</summary>
[Description("The webhook endpoint ID given is not one you may see: an integration's endpoints are seen by its organisation and administrators.")]
public sealed record WebhookEndpointNotFoundError(
    [property: Description("The endpoint ID that was given.")] Id<WebhookEndpoint> WebhookEndpointId)
    : DomainError("WEBHOOK_ENDPOINT_NOT_FOUND", "There is no webhook endpoint with this ID that you may see.");
