using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Webhooks;

/// <summary><c>node(id:)</c> for a webhook endpoint: the endpoints of the integrations the caller may see.</summary>
internal sealed class WebhookEndpointNodeResolver() : ScopedNodeResolver<WebhookEndpoint>("WebhookEndpoint")
{
    protected override Task<IQueryable<WebhookEndpoint>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.WebhookEndpointsAsync(cancellationToken);
    }
}
