using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Assessments;

/// <summary>Loads the assessments of many people, with their needs, outcomes and risks, oldest first (a review completed the same day comes after the version it replaced).</summary>
public sealed class AssessmentsByPersonLoader(CarePlanDbContext db) : GroupLoader<Id<Person>, Assessment>
{
    protected override IQueryable<Assessment> Query(IReadOnlyList<Id<Person>> keys) => db.Assessments
        .AsNoTracking()
        .WithParts()
        .Where(a => keys.Contains(a.PersonId))
        .OrderBy(a => a.CompletedOn)
        .ThenBy(a => a.Version);

    protected override Id<Person> KeyOf(Assessment entity) => entity.PersonId;
}
