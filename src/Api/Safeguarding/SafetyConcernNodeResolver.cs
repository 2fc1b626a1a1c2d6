using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

internal sealed class SafetyConcernNodeResolver() : ScopedNodeResolver<SafetyConcern>("SafetyConcern")
{
    protected override Task<IQueryable<SafetyConcern>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.SafetyConcernsAsync(cancellationToken);
}
