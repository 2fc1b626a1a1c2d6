using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R25: the date of the matter complained about is after the complaint was made.</summary>
[Description("R25: the date given for the matter complained about is after today.")]
public sealed record MatterDateInFutureError(
    [property: Description("The date given.")] DateOnly MatterOccurredOn,
    [property: Description("The day the complaint was made.")] DateOnly ReceivedOn)
    : DomainError("MATTER_DATE_IN_FUTURE", $"The matter cannot have happened on {MatterOccurredOn:yyyy-MM-dd}, after the complaint was made on {ReceivedOn:yyyy-MM-dd}.");
