using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

internal sealed class SupportItemNodeResolver() : ScopedNodeResolver<SupportItem>("SupportItem")
{
    protected override Task<IQueryable<SupportItem>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SupportItemsAsync(cancellationToken);
    }
}
