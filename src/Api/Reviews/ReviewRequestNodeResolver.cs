using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

internal sealed class ReviewRequestNodeResolver(CaseworkScope casework) : ScopedNodeResolver<ReviewRequest>("ReviewRequest")
{
    protected override Task<IQueryable<ReviewRequest>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        casework.ReviewRequestsAsync(cancellationToken);
}
