using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Organisations;

/// <summary>Organisations are public directory entries: any signed-in caller may look one up.</summary>
internal sealed class OrganisationNodeResolver(CarePlanDbContext db) : ScopedNodeResolver<Organisation>("Organisation")
{
    protected override async Task<IQueryable<Organisation>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return db.Organisations;
    }
}
