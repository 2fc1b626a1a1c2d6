using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

internal sealed class ResolutionMeetingRequestNodeResolver() : ScopedNodeResolver<ResolutionMeetingRequest>("ResolutionMeetingRequest")
{
    protected override Task<IQueryable<ResolutionMeetingRequest>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.ResolutionMeetingRequestsAsync(cancellationToken);
}
