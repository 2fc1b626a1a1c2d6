using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Webhooks;

/// <summary>The endpoint's status does not allow this (resuming one that is not paused, changing one removed).</summary>
[Description("The webhook endpoint's status does not allow this: only a PAUSED endpoint is resumed, and a REMOVED one cannot be changed.")]
public sealed record InvalidWebhookEndpointStateError(
    [property: Description("The endpoint's status when it was refused.")] WebhookEndpointStatus Status,
    [property: Description("What was refused, in words.")] string Action)
    : DomainError("INVALID_WEBHOOK_ENDPOINT_STATE", $"A webhook endpoint that is {PlainEnglish.Describe(Status)} cannot {PlainEnglish.Clause(Action)}.");
