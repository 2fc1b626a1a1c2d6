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
/// version's helpers, risk mitigations and decisions are columns of its row (decision 0020); its items are a table.
/// </summary>
/// <remarks>
/// A provider's versions come in one command, joined with its items: it provides a few of a version's items, so the
/// version's row is repeated a few times at most, and the provider dashboard is the busiest read there is. Everyone
/// else sees every item (5 to 15 a version), so their items come in a second command instead of repeating each
/// version's row, with its seven answers, once per item.
/// </remarks>
public sealed class VersionsByPlanLoader(AccessScope scope, CarePlanDbContext db) : BatchLoader<Id<CarePlan>, IReadOnlyList<PlanVersion>>
{
    protected override async Task<IReadOnlyDictionary<Id<CarePlan>, IReadOnlyList<PlanVersion>>> FetchAsync(
        IReadOnlyList<Id<CarePlan>> keys, CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var query = AccessScope.WithVisibleItems(caller, db.PlanVersions.AsNoTracking().Where(v => keys.Contains(v.PlanId)))
            .OrderBy(v => v.Number);
        var versions = await (caller.Role == ActorRole.Provider ? query.AsSingleQuery() : query.AsSplitQuery())
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return versions.GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => (IReadOnlyList<PlanVersion>)g.ToList());
    }
}
