using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Safeguarding;

/// <summary>R24: the safety concern has already been closed.</summary>
[Description("R24: the safety concern has already been closed.")]
public sealed record SafetyConcernClosedError(
    [property: Description("The concern's reference.")] string Reference,
    [property: Description("When it was closed.")] DateTimeOffset ClosedAt)
    : DomainError("SAFETY_CONCERN_CLOSED", $"Safety concern {Reference} was closed on {ClosedAt:yyyy-MM-dd}; raise a new one if there is something new.");
