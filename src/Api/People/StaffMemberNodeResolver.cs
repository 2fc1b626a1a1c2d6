using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.People;

/// <summary>Staff names and roles are what the council gives people as contacts: any signed-in caller may look one up.</summary>
internal sealed class StaffMemberNodeResolver(CarePlanDbContext db) : ScopedNodeResolver<StaffMember>("StaffMember")
{
    protected override async Task<IQueryable<StaffMember>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return db.StaffMembers;
    }
}
