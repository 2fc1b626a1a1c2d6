using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>The integration already has an endpoint (not removed) at this URL.</summary>
[Description("The integration already has a webhook endpoint at this URL (one that is not removed). Rotate its secret or change it instead.")]
public sealed record DuplicateWebhookError(
    [property: Description("The URL given.")] string Url)
    : DomainError("DUPLICATE_WEBHOOK", "This integration already has a webhook endpoint at this address.");
