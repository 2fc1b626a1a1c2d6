using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Integrations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Webhooks;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>The webhook endpoints on <c>Integration</c>: whoever sees the integration sees its endpoints.</summary>
internal sealed class IntegrationWebhookFields : ITypeExtension<IntegrationType>
{
    public void Extend(IntegrationType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEndpointType>>>>("webhooks")
            .Description("Its webhook endpoints, oldest first, removed ones included (their status says so).")
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) =>
            {
                var id = c.Source.Id;
                return await db.WebhookEndpoints.AsNoTracking().Where(e => e.IntegrationId == id).OrderBy(e => e.CreatedAt)
                    .ToListAsync(c.CancellationToken).ConfigureAwait(false);
            });
    }
}
