using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// Loads the event history of many plans, oldest first. One command can record two events at the same instant (a
/// decision, then telling the person about it), so at equal times a notification comes after what it reports.
/// </summary>
public sealed class HistoryByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, PlanEvent>
{
    protected override IQueryable<PlanEvent> Query(IReadOnlyList<Id<CarePlan>> keys) => db.PlanEvents
        .AsNoTracking()
        .Where(e => keys.Contains(e.PlanId))
        .OrderBy(e => e.OccurredAt)
        .ThenBy(e => e.Kind == PlanEventKind.PersonNotified ? 1 : 0)
        .ThenBy(e => e.Id);

    protected override Id<CarePlan> KeyOf(PlanEvent entity) => entity.PlanId;
}
