using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.CheckIns;

namespace CarePlanGraph.Api.CheckIns;

internal sealed class CheckInNodeResolver() : ScopedNodeResolver<CheckIn>("CheckIn")
{
    protected override Task<IQueryable<CheckIn>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.CheckInsAsync(cancellationToken);
}
