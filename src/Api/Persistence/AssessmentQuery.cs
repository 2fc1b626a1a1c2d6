using CarePlanGraph.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>What loading an assessment means wherever its parts are needed: its needs, outcomes and risks.</summary>
public static class AssessmentQuery
{
    public static IQueryable<Assessment> WithParts(this IQueryable<Assessment> assessments) => assessments
        .Include(a => a.Needs)
        .Include(a => a.Outcomes)
        .Include(a => a.Risks)
        .AsSplitQuery();
}
