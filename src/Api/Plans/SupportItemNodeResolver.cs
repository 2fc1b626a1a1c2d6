using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

internal sealed class SupportItemNodeResolver(CarePlanDbContext db) : ScopedNodeResolver<SupportItem>("SupportItem")
{
    protected override async Task<IQueryable<SupportItem>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        var versions = db.PlanVersions.Where(v => plans.Any(p => p.Id == v.PlanId));
        return db.SupportItems.Where(i => versions.Any(v => v.Id == EF.Property<Domain.Common.Id<PlanVersion>>(i, "PlanVersionId")));
    }
}
