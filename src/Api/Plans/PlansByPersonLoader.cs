using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>Loads the plans of many people, oldest first.</summary>
public sealed class PlansByPersonLoader(CarePlanDbContext db) : GroupLoader<Id<Person>, CarePlan>
{
    protected override IQueryable<CarePlan> Query(IReadOnlyList<Id<Person>> keys) => db.CarePlans
        .AsNoTracking()
        .Where(p => keys.Contains(p.PersonId))
        .OrderBy(p => p.CreatedAt);

    protected override Id<Person> KeyOf(CarePlan entity) => entity.PersonId;
}
