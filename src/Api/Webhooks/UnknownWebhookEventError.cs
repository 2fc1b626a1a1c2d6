using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>Events asked to be sent again that this endpoint never had (or whose delivery record has been deleted).</summary>
[Description("Some event IDs given were never delivered to this endpoint, or their delivery records are older than the retention (30 days by default). Nothing was queued. An endpoint only has the events of plans its integration could see, made after it was registered.")]
public sealed record UnknownWebhookEventError(
    [property: Description("The event IDs (`PlanStatusChange.eventId`, the `webhook-id` header) this endpoint has no delivery of.")] IReadOnlyList<Id<PlanEvent>> EventIds)
    : DomainError("UNKNOWN_WEBHOOK_EVENT", $"This endpoint has no delivery of {EventIds.Count} of the events given, so nothing was queued.");

/// <summary>A replay request that is not exactly one of: event IDs, or a time range.</summary>
[Description("Ask for events again either by `eventIds` (1 to 100) or by a time range (`from` and `to`, `from` before `to`, at most 31 days apart), not both and not neither.")]
public sealed record InvalidRedeliveryError(
    [property: Description("What is wrong with the request, in words.")] string Problem)
    : DomainError("INVALID_REDELIVERY", Problem);
