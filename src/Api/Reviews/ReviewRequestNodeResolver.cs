using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

internal sealed class ReviewRequestNodeResolver() : ScopedNodeResolver<ReviewRequest>("ReviewRequest")
{
    protected override Task<IQueryable<ReviewRequest>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.ReviewRequestsAsync(cancellationToken);
}
