using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>What loading a whole plan aggregate means: every version with its items in order, and the history.</summary>
public static class PlanAggregateQuery
{
    public static IQueryable<CarePlan> WithAggregate(this IQueryable<CarePlan> plans) => plans
        .Include(p => p.Versions)
        .ThenInclude(v => v.SupportItems.OrderBy(i => i.Position))
        .Include(p => p.History)
        .AsSplitQuery();
}
