using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>
/// What the webhook mutations need beyond the domain: the integration an endpoint belongs to (for who may manage it),
/// whether a URL is taken, whether http and local addresses are allowed, and new secrets.
/// </summary>
internal sealed class WebhookCommands(CarePlanDbContext db, IOptions<WebhookOptions> options)
{
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromHours(24);

    /// <summary>The most event IDs one <c>redeliverWebhookEvents</c> names.</summary>
    public const int MaxRedeliveryIds = 100;

    /// <summary>The longest time range one <c>redeliverWebhookEvents</c> covers.</summary>
    public const int MaxRedeliveryDays = 31;

    /// <summary>The most events one <c>redeliverWebhookEvents</c> queues.</summary>
    public const int MaxRedeliveries = 1000;

    /// <summary>http and local addresses: Development only, unless <c>Webhooks:AllowLocalNetworks</c> says otherwise.</summary>
    public bool AllowInsecureUrls => options.Value.AllowLocalNetworks == true;

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

    /// <summary>
    /// Queues again the endpoint's deliveries of the events named, or of the changes made in [from, to): all or none.
    /// Moves the endpoint's revision, so a replay and a removal made at once cannot both win.
    /// </summary>
    public async Task<Result<WebhookChange>> RedeliverAsync(WebhookEndpoint endpoint, IReadOnlyList<Id<PlanEvent>>? eventIds, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var byIds = eventIds is { Count: > 0 };
        var byTime = from is not null || to is not null;
        string? problem = (byIds, byTime) switch
        {
            (true, true) => "Give event IDs or a time range, not both.",
            (false, false) => "Give the event IDs to send again, or a time range (from and to).",
            (true, _) when eventIds!.Count > MaxRedeliveryIds => $"Give at most {MaxRedeliveryIds} event IDs at a time.",
            (_, true) when from is null || to is null => "Give both ends of the time range: from and to.",
            (_, true) when from >= to => "The time range must end after it starts.",
            (_, true) when to - from > TimeSpan.FromDays(MaxRedeliveryDays) => $"The time range may cover at most {MaxRedeliveryDays} days.",
            _ => null,
        };
        if (problem is not null)
        {
            return Result<WebhookChange>.Fail(new InvalidRedeliveryError(problem));
        }

        var endpointId = endpoint.Id;
        List<WebhookDelivery> deliveries;
        if (byIds)
        {
            var wanted = eventIds!.Select(id => id.Value).Distinct().ToList();
            deliveries = await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && wanted.Contains(d.EventId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var unknown = eventIds!.Where(id => deliveries.All(d => d.EventId != id.Value)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                return Result<WebhookChange>.Fail(new UnknownWebhookEventError(unknown));
            }
        }
        else
        {
            deliveries = await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.OccurredAt >= from && d.OccurredAt < to)
                .OrderBy(d => d.OccurredAt).ThenBy(d => d.Sequence).Take(MaxRedeliveries)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var errors = endpoint.NoteRedelivery().Errors.ToList();
        if (errors.Count > 0)
        {
            return Result<WebhookChange>.Fail(errors);
        }

        // Due now in real time, as every delivery's due time (they are compared with leases across instances).
        var dueAt = TimeProvider.System.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            delivery.QueueAgain(dueAt);
        }

        return Result<WebhookChange>.Ok(new WebhookChange(endpoint) { Queued = deliveries.Count });
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

    /// <summary>How many events <c>redeliverWebhookEvents</c> queued.</summary>
    public int? Queued { get; init; }
}
