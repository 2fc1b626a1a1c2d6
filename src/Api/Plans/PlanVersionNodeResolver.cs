using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

internal sealed class PlanVersionNodeResolver() : ScopedNodeResolver<PlanVersion>("PlanVersion")
{
    protected override async Task<IQueryable<PlanVersion>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return AccessScope.WithVisibleItems(caller, await scope.VersionsAsync(cancellationToken).ConfigureAwait(false));
    }
}
