using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// Loads the plans of many people, oldest first: only those the caller may see (R35), since seeing a person does not
/// open every plan they have (the Risk Management Panel sees only the plans referred to it, R23).
/// </summary>
public sealed class PlansByPersonLoader(CarePlanDbContext db, AccessScope scope) : GroupLoader<Id<Person>, CarePlan>
{
    protected override IQueryable<CarePlan> Query(IReadOnlyList<Id<Person>> keys) => db.CarePlans
        .AsNoTracking()
        .Where(p => keys.Contains(p.PersonId))
        .OrderBy(p => p.CreatedAt);

    protected override Id<Person> KeyOf(CarePlan entity) => entity.PersonId;

    protected override async Task<IReadOnlyDictionary<Id<Person>, IReadOnlyList<CarePlan>>> FetchAsync(IReadOnlyList<Id<Person>> keys, CancellationToken cancellationToken)
    {
        var visible = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        var plans = await Query(keys).Where(p => visible.Any(v => v.Id == p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return plans.GroupBy(KeyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<CarePlan>)g.ToList());
    }
}
