using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The status machine does not allow this transition.</summary>
public sealed record InvalidTransitionError(PlanStatus From, string Action)
    : DomainError("INVALID_TRANSITION", $"A plan that is {From.ToString().ToUpperInvariant()} cannot be {Action}.");
