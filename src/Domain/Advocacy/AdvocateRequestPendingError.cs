using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>[A]: the person has already asked for an advocate, and the Key Worker has not yet referred them.</summary>
[Description("The person has already asked for an independent advocate, and the Key Worker has not yet referred them (`referToAdvocate`). One request at a time.")]
public sealed record AdvocateRequestPendingError(
    [property: Description("When the waiting request was made.")] DateTimeOffset RequestedAt)
    : DomainError("ADVOCATE_REQUEST_PENDING", $"An advocate was already asked for on {RequestedAt:yyyy-MM-dd}; the Key Worker will refer the person to one.");
