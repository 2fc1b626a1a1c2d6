using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The plan has no agreed version yet, so there is nothing in force to describe (R16).</summary>
public sealed record NoAgreedVersionError(Id<CarePlan> PlanId)
    : DomainError("NO_AGREED_VERSION", "This plan has not been agreed yet.");
