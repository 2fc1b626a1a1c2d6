using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Webhooks;

/// <summary>
/// Where an approved integration receives <c>planStatusChanged</c> events when it cannot keep a socket open (issue 16).
/// Deliveries are signed with its secret in the Standard Webhooks format. A rotated secret keeps the previous one valid
/// for an overlap, so a receiver can switch without losing events. After <see cref="PauseAfterFailures"/> failed
/// deliveries in a row the endpoint is paused, saying why, until its owner resumes it.
/// </summary>
public sealed class WebhookEndpoint
{
    /// <summary>Failed deliveries in a row (each after all its retries) that pause an endpoint.</summary>
    public const int PauseAfterFailures = 5;

    public const int MaxDescriptionLength = 500;

    private WebhookEndpoint()
    {
        Url = string.Empty;
        Secret = string.Empty;
    }

    private WebhookEndpoint(Integration integration, string url, string? description, string secret, DateTimeOffset now)
    {
        Id = Id<WebhookEndpoint>.New();
        IntegrationId = integration.Id;
        Url = url.Trim();
        Description = FreeText.TrimToNull(description);
        Secret = secret;
        Status = WebhookEndpointStatus.Active;
        CreatedAt = now;
    }

    public Id<WebhookEndpoint> Id { get; private set; }

    public Id<Integration> IntegrationId { get; private set; }

    public string Url { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The signing secret (<c>whsec_…</c>): shown to its owner once, when made or rotated.</summary>
    public string Secret { get; private set; }

    /// <summary>The secret before the last rotation, still signing until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public WebhookEndpointStatus Status { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>Why it was paused, in words; null when it is not.</summary>
    public string? PauseReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Moves with every change (optimistic concurrency).</summary>
    public int EditRevision { get; private set; }

    /// <summary>
    /// Registers an endpoint for an APPROVED integration, by its own organisation's staff or applications or an
    /// administrator. The URL is checked as the integration's own were (<see cref="IntegrationUrls"/>).
    /// </summary>
    public static Result<WebhookEndpoint> Register(Integration integration, string url, string? description, string secret, Actor actor, Id<Organisation>? actorOrganisation, bool allowInsecureUrls, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(integration);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var errors = MayManage(integration, actor, actorOrganisation).ToList();
        if (integration.Status != IntegrationStatus.Approved)
        {
            errors.Add(new InvalidIntegrationStateError(integration.Status, "receive webhooks"));
        }

        errors.AddRange(IntegrationUrls.Check([url ?? string.Empty], "url", 1, allowInsecureUrls, origin: false));
        errors.AddRange(FreeText.Limit(description, "description", MaxDescriptionLength));
        return errors.Count > 0 ? Result<WebhookEndpoint>.Fail(errors) : Result<WebhookEndpoint>.Ok(new WebhookEndpoint(integration, url!, description, secret, now));
    }

    /// <summary>Whether <paramref name="actor"/> may change this integration's endpoints: its own organisation, or an administrator.</summary>
    public static IEnumerable<DomainError> MayManage(Integration integration, Actor actor, Id<Organisation>? actorOrganisation)
    {
        ArgumentNullException.ThrowIfNull(integration);
        if (!Integration.IsManagedBy(integration.OrganisationId, actor, actorOrganisation))
        {
            yield return new ActorNotPermittedError(actor.Role, "manage this integration's webhooks; its own organisation, or an administrator, does");
        }
    }

    /// <summary>Points the endpoint somewhere else, or changes its description.</summary>
    public Result Update(string url, string? description, bool allowInsecureUrls)
    {
        var errors = NotRemoved("be changed")
            .Concat(IntegrationUrls.Check([url ?? string.Empty], "url", 1, allowInsecureUrls, origin: false))
            .Concat(FreeText.Limit(description, "description", MaxDescriptionLength))
            .ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Url = url!.Trim();
        Description = FreeText.TrimToNull(description);
        EditRevision++;
        return Result.Success;
    }

    /// <summary>A new secret; the old one keeps signing until <paramref name="now"/> + <paramref name="overlap"/>.</summary>
    public Result RotateSecret(string secret, TimeSpan overlap, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var errors = NotRemoved("have its secret rotated").ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        PreviousSecret = Secret;
        PreviousSecretExpiresAt = now + overlap;
        Secret = secret;
        EditRevision++;
        return Result.Success;
    }

    /// <summary>The secrets deliveries are signed with at <paramref name="now"/>: the current one, and the previous during its overlap.</summary>
    public IReadOnlyList<string> SecretsInForce(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];

    /// <summary>A delivery succeeded: the run of failures ends.</summary>
    public void RecordDelivered()
    {
        if (ConsecutiveFailures != 0)
        {
            ConsecutiveFailures = 0;
            EditRevision++;
        }
    }

    /// <summary>A delivery failed after all its attempts; the <see cref="PauseAfterFailures"/>th in a row pauses the endpoint.</summary>
    public void RecordFailed(string why)
    {
        ConsecutiveFailures++;
        EditRevision++;
        if (Status == WebhookEndpointStatus.Active && ConsecutiveFailures >= PauseAfterFailures)
        {
            Status = WebhookEndpointStatus.Paused;
            PauseReason = $"Paused after {ConsecutiveFailures} deliveries in a row failed; the last: {PlainEnglish.Clause(why)}.";
        }
    }

    /// <summary>Its owner resumes a PAUSED endpoint; the events it missed can then be asked for again.</summary>
    public Result Resume()
    {
        if (Status != WebhookEndpointStatus.Paused)
        {
            return Result.Fail(new InvalidWebhookEndpointStateError(Status, "be resumed"));
        }

        Status = WebhookEndpointStatus.Active;
        ConsecutiveFailures = 0;
        PauseReason = null;
        EditRevision++;
        return Result.Success;
    }

    /// <summary>Its owner asks for events to be sent again; refused once it is removed.</summary>
    public Result NoteRedelivery()
    {
        var errors = NotRemoved("have events sent again").ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        EditRevision++;
        return Result.Success;
    }

    /// <summary>Its owner removes it: no more deliveries.</summary>
    public Result Remove()
    {
        var errors = NotRemoved("be removed").ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Status = WebhookEndpointStatus.Removed;
        EditRevision++;
        return Result.Success;
    }

    private IEnumerable<DomainError> NotRemoved(string action)
    {
        if (Status == WebhookEndpointStatus.Removed)
        {
            yield return new InvalidWebhookEndpointStateError(Status, action);
        }
    }
}
