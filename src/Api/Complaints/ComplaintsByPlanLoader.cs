using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Complaints;

/// <summary>Loads the complaints about many plans, oldest first. Who may see them is decided by the caller of the loader.</summary>
public sealed class ComplaintsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, Complaint>
{
    protected override IQueryable<Complaint> Query(IReadOnlyList<Id<CarePlan>> keys) => db.Complaints
        .AsNoTracking()
        .Where(c => keys.Contains(c.PlanId))
        .OrderBy(c => c.ReceivedAt)
        .ThenBy(c => c.Id);

    protected override Id<CarePlan> KeyOf(Complaint entity) => entity.PlanId;
}
