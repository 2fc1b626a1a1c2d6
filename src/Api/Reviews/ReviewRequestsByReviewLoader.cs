using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Reviews;

/// <summary>Loads the accepted requests that led to (or joined) many reviews, oldest first.</summary>
public sealed class ReviewRequestsByReviewLoader(CarePlanDbContext db) : GroupLoader<Id<Review>, ReviewRequest>
{
    protected override IQueryable<ReviewRequest> Query(IReadOnlyList<Id<Review>> keys)
    {
        var ids = keys.Select(key => (Id<Review>?)key).ToList();
        return db.ReviewRequests
            .AsNoTracking()
            .Where(r => ids.Contains(r.ReviewId))
            .OrderBy(r => r.RequestedAt)
            .ThenBy(r => r.Id);
    }

    protected override Id<Review> KeyOf(ReviewRequest entity) => entity.ReviewId!.Value;
}
