using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R25: the date of the matter complained about is after the complaint was made.</summary>
public sealed record MatterDateInFutureError(DateOnly MatterOccurredOn, DateOnly ReceivedOn)
    : DomainError("MATTER_DATE_IN_FUTURE", $"The matter cannot have happened on {MatterOccurredOn:yyyy-MM-dd}, after the complaint was made on {ReceivedOn:yyyy-MM-dd}.");
