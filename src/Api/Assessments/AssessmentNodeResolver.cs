using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Assessments;

internal sealed class AssessmentNodeResolver() : ScopedNodeResolver<Assessment>("Assessment")
{
    protected override async Task<IQueryable<Assessment>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var assessments = await scope.AssessmentsAsync(cancellationToken).ConfigureAwait(false);
        return assessments.WithParts();
    }
}
