using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: changes agreed at a review start today or later.</summary>
public sealed record ChangesStartInPastError(DateOnly ChangesStartOn, DateOnly Today)
    : DomainError("CHANGES_START_IN_PAST", $"Changes cannot start on {ChangesStartOn:yyyy-MM-dd}, which has passed; choose today ({Today:yyyy-MM-dd}) or later.");
