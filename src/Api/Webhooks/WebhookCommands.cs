using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>
/// What the webhook mutations need beyond the domain: the integration an endpoint belongs to (for who may manage it),
/// whether a URL is taken, whether this is Development (http and local addresses allowed), and new secrets.
/// </summary>
internal sealed class WebhookCommands(CarePlanDbContext db, IHostEnvironment environment)
{
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromHours(24);

    public bool AllowInsecureUrls => environment.IsDevelopment();

    public async Task<Result<WebhookChange>> RegisterAsync(ChangeContext change, Integration integration, string url, string? description, CancellationToken cancellationToken)
    {
        var secret = WebhookSecrets.Create();
        var result = WebhookEndpoint.Register(integration, url, description, secret, change.Actor, change.Caller.OrganisationId, AllowInsecureUrls, change.Now);
        var errors = result.Errors.ToList();
        if (await TakenAsync(integration.Id, url, null, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DuplicateWebhookError(url));
        }

        if (errors.Count > 0)
        {
            return Result<WebhookChange>.Fail(errors);
        }

        change.Add(result.Value!);
        return Result<WebhookChange>.Ok(new WebhookChange(result.Value!) { Secret = secret });
    }

    /// <summary>Runs <paramref name="command"/> on an endpoint if the caller may manage its integration's webhooks.</summary>
    public async Task<Result<WebhookChange>> OnEndpointAsync(ChangeContext change, WebhookEndpoint endpoint, Func<WebhookEndpoint, Task<Result<WebhookChange>>> command)
    {
        var integration = await db.Integrations.AsNoTracking().SingleAsync(i => i.Id == endpoint.IntegrationId).ConfigureAwait(false);
        var refused = WebhookEndpoint.MayManage(integration, change.Actor, change.Caller.OrganisationId).ToList();
        return refused.Count > 0 ? Result<WebhookChange>.Fail(refused) : await command(endpoint).ConfigureAwait(false);
    }

    public async Task<bool> TakenAsync(Id<Integration> integration, string url, Id<WebhookEndpoint>? except, CancellationToken cancellationToken)
    {
        var trimmed = url.Trim();
        return await db.WebhookEndpoints.AnyAsync(
            e => e.IntegrationId == integration && e.Url == trimmed && e.Status != WebhookEndpointStatus.Removed && (except == null || e.Id != except),
            cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What a webhook mutation changed; <see cref="Secret"/> only when one was made (shown once).</summary>
public sealed record WebhookChange(WebhookEndpoint Endpoint)
{
    public string? Secret { get; init; }
}
