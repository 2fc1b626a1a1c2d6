using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

internal sealed class ReviewNodeResolver() : ScopedNodeResolver<Review>("Review")
{
    protected override Task<IQueryable<Review>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.ReviewsAsync(cancellationToken);
}
