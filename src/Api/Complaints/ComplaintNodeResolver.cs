using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

internal sealed class ComplaintNodeResolver() : ScopedNodeResolver<Complaint>("Complaint")
{
    protected override Task<IQueryable<Complaint>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.ComplaintsAsync(cancellationToken);
}
