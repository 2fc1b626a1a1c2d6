using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

internal sealed class PlanVersionNodeResolver(CarePlanDbContext db) : ScopedNodeResolver<PlanVersion>("PlanVersion")
{
    protected override async Task<IQueryable<PlanVersion>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return db.PlanVersions.Include(v => v.SupportItems).Where(v => plans.Any(p => p.Id == v.PlanId));
    }
}
