using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Changes;

/// <summary>
/// No plan with this ID that the caller may see. A plan that exists but is hidden from the caller gets the same
/// answer, so the refusal never reveals that it exists.
/// </summary>
public sealed record PlanNotFoundError(Id<CarePlan> PlanId)
    : DomainError("PLAN_NOT_FOUND", "There is no plan with this ID that you may see. Check the ID, or ask the person to give you access.");
