using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Integrations;

/// <summary><c>node(id:)</c> for an integration: the same rule as the <c>integrations</c> list.</summary>
internal sealed class IntegrationNodeResolver() : ScopedNodeResolver<Integration>("Integration")
{
    protected override Task<IQueryable<Integration>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IntegrationsAsync(cancellationToken);
    }
}
