using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>Loads the versions (with their support items) of many plans, oldest first.</summary>
public sealed class VersionsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, PlanVersion>
{
    protected override IQueryable<PlanVersion> Query(IReadOnlyList<Id<CarePlan>> keys) => db.PlanVersions
        .AsNoTracking()
        .Include(v => v.SupportItems.OrderBy(i => i.Position))
        .Where(v => keys.Contains(v.PlanId))
        .OrderBy(v => v.Number);

    protected override Id<CarePlan> KeyOf(PlanVersion entity) => entity.PlanId;
}
