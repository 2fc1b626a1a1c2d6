using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

/// <summary>The person's copy (R16) with the plan it describes, so its budget can be shown as a full statement.</summary>
public sealed record PersonsCopyView(CarePlan Plan, PersonsCopy Copy);
