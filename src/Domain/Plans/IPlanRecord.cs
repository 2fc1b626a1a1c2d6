using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A record that belongs to one care plan (a version, a review, a complaint …): it is found and changed through that plan.</summary>
public interface IPlanRecord
{
    Id<CarePlan> PlanId { get; }
}
