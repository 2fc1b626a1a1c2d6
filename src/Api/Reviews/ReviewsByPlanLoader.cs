using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Reviews;

/// <summary>Loads the reviews (with invitees, outcomes and disagreements) of many plans, oldest first.</summary>
public sealed class ReviewsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, Review>
{
    protected override IQueryable<Review> Query(IReadOnlyList<Id<CarePlan>> keys) => db.Reviews
        .AsNoTracking()
        .Where(r => keys.Contains(r.PlanId))
        .OrderBy(r => r.StartedAt)
        .ThenBy(r => r.Id);

    protected override Id<CarePlan> KeyOf(Review entity) => entity.PlanId;
}
