using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Carers;

/// <summary>Loads the carers of many people, oldest consent first. Who may see them is decided by the caller of the loader.</summary>
public sealed class CarersByPersonLoader(CarePlanDbContext db) : GroupLoader<Id<Person>, Carer>
{
    protected override IQueryable<Carer> Query(IReadOnlyList<Id<Person>> keys) => db.Carers
        .AsNoTracking()
        .Where(c => keys.Contains(c.PersonId))
        .OrderBy(c => c.ConsentGivenAt)
        .ThenBy(c => c.Id);

    protected override Id<Person> KeyOf(Carer entity) => entity.PersonId;
}
