using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Assessments;

/// <summary>Loads assessments with their needs, outcomes and risks.</summary>
public sealed class AssessmentByIdLoader(CarePlanDbContext db) : ByIdLoader<Assessment>(db)
{
    protected override IQueryable<Assessment> Query => Db.Assessments
        .AsNoTracking()
        .WithParts();
}
