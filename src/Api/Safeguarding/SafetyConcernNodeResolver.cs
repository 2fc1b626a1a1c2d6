using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

internal sealed class SafetyConcernNodeResolver(CaseworkScope casework) : ScopedNodeResolver<SafetyConcern>("SafetyConcern")
{
    protected override Task<IQueryable<SafetyConcern>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        casework.SafetyConcernsAsync(cancellationToken);
}
