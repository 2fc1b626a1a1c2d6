using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Assessments;

internal sealed class AssessmentNodeResolver(CarePlanDbContext db) : ScopedNodeResolver<Assessment>("Assessment")
{
    protected override async Task<IQueryable<Assessment>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        var people = await scope.PeopleAsync(cancellationToken).ConfigureAwait(false);
        return db.Assessments
            .Include(a => a.Needs).Include(a => a.Outcomes).Include(a => a.Risks)
            .Where(a => people.Any(p => p.Id == a.PersonId));
    }
}
