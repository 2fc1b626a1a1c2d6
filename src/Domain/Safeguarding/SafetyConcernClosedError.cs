using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Safeguarding;

/// <summary>R24: the safety concern has already been closed.</summary>
public sealed record SafetyConcernClosedError(string Reference, DateTimeOffset ClosedAt)
    : DomainError("SAFETY_CONCERN_CLOSED", $"Safety concern {Reference} was closed on {ClosedAt:yyyy-MM-dd}; raise a new one if there is something new.");
