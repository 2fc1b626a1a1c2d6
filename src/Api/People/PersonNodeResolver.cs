using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.People;

internal sealed class PersonNodeResolver() : ScopedNodeResolver<Person>("Person")
{
    protected override Task<IQueryable<Person>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken) =>
        scope.PeopleAsync(cancellationToken);
}
