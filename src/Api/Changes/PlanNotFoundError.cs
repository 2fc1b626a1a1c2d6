using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Changes;

/// <summary>
/// No plan with this ID that the caller may see. A plan that exists but is hidden from the caller gets the same
/// answer, so the refusal never reveals that it exists.
/// </summary>
[Description("No plan with this ID that you may see. A plan you may not see is reported the same way as one that does not exist, so the answer never reveals which.")]
public sealed record PlanNotFoundError(
    [property: Description("The plan ID that was given.")] Id<CarePlan> PlanId)
    : DomainError("PLAN_NOT_FOUND", "There is no plan with this ID that you may see. Check the ID, or ask the person to give you access.");
