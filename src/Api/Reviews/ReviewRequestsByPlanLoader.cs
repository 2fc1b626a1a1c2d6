using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Reviews;

/// <summary>Loads the review requests about many plans, oldest first.</summary>
public sealed class ReviewRequestsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, ReviewRequest>
{
    protected override IQueryable<ReviewRequest> Query(IReadOnlyList<Id<CarePlan>> keys) => db.ReviewRequests
        .AsNoTracking()
        .Where(r => keys.Contains(r.PlanId))
        .OrderBy(r => r.RequestedAt)
        .ThenBy(r => r.Id);

    protected override Id<CarePlan> KeyOf(ReviewRequest entity) => entity.PlanId;
}
