using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Carers;

internal sealed class CarerNodeResolver() : ScopedNodeResolver<Carer>("Carer")
{
    protected override Task<IQueryable<Carer>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.CarersAsync(cancellationToken);
}
