using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// Loads the versions of many plans, oldest first, each with the support items the caller may see
/// (<see cref="AccessScope.WithVisibleItems"/>: a provider's only its own, R27, chosen in the query, not after it). A
/// split query: a version's owned lists (decisions, helpers, risk mitigations) come with it, and joining them with the
/// items in one command returned every combination of them (a page of 50 plans' versions spent most of its time
/// reading repeated rows); one command per list keeps the commands per request constant and the rows what they are.
/// </summary>
public sealed class VersionsByPlanLoader(AccessScope scope, CarePlanDbContext db) : BatchLoader<Id<CarePlan>, IReadOnlyList<PlanVersion>>
{
    protected override async Task<IReadOnlyDictionary<Id<CarePlan>, IReadOnlyList<PlanVersion>>> FetchAsync(
        IReadOnlyList<Id<CarePlan>> keys, CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var versions = await AccessScope.WithVisibleItems(caller, db.PlanVersions.AsNoTracking().Where(v => keys.Contains(v.PlanId)))
            .OrderBy(v => v.Number)
            .AsSplitQuery()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return versions.GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => (IReadOnlyList<PlanVersion>)g.ToList());
    }
}
