using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: changes agreed at a review start today or later.</summary>
[Description("R22: changes agreed at a review start today or later.")]
public sealed record ChangesStartInPastError(
    [property: Description("The start date given.")] DateOnly ChangesStartOn,
    [property: Description("Today, the earliest day allowed.")] DateOnly Today)
    : DomainError("CHANGES_START_IN_PAST", $"Changes cannot start on {ChangesStartOn:yyyy-MM-dd}, which has passed; choose today ({Today:yyyy-MM-dd}) or later.");
