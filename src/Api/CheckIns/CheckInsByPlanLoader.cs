using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.CheckIns;

/// <summary>Loads the check-ins of many plans, oldest first.</summary>
public sealed class CheckInsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, CheckIn>
{
    protected override IQueryable<CheckIn> Query(IReadOnlyList<Id<CarePlan>> keys) => db.CheckIns
        .AsNoTracking()
        .Where(c => keys.Contains(c.PlanId))
        .OrderBy(c => c.OccurredAt)
        .ThenBy(c => c.Id);

    protected override Id<CarePlan> KeyOf(CheckIn entity) => entity.PlanId;
}
