using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

internal sealed class CarePlanNodeResolver() : ScopedNodeResolver<CarePlan>("CarePlan")
{
    protected override Task<IQueryable<CarePlan>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.PlansAsync(cancellationToken);
}
