using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>The overlap asked for when rotating a secret is outside 0 to 168 hours.</summary>
[Description("The overlap of the previous secret must be 0 to 168 hours (a week).")]
public sealed record InvalidWebhookOverlapError(
    [property: Description("The overlap given, in hours.")] int OverlapHours)
    : DomainError("INVALID_WEBHOOK_OVERLAP", "The previous secret may keep signing for 0 to 168 hours, no more.");
