using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Organisations;

/// <summary>Organisations are public directory entries: any signed-in caller may look one up.</summary>
internal sealed class OrganisationNodeResolver() : ScopedNodeResolver<Organisation>("Organisation")
{
    protected override Task<IQueryable<Organisation>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.OrganisationsAsync(cancellationToken);
    }
}
