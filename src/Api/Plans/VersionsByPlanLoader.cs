using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// Loads the versions (with their support items) of many plans, oldest first. A split query: a version's owned lists
/// (decisions, helpers, risk mitigations) come with it, and joining them with the items in one command returned every
/// combination of them (a page of 50 plans' versions spent most of its time reading repeated rows); one command per
/// list keeps the commands per request constant and the rows what they are.
/// </summary>
public sealed class VersionsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, PlanVersion>
{
    protected override IQueryable<PlanVersion> Query(IReadOnlyList<Id<CarePlan>> keys) => db.PlanVersions
        .AsNoTracking()
        .Include(v => v.SupportItems.OrderBy(i => i.Position))
        .Where(v => keys.Contains(v.PlanId))
        .OrderBy(v => v.Number)
        .AsSplitQuery();

    protected override Id<CarePlan> KeyOf(PlanVersion entity) => entity.PlanId;
}
