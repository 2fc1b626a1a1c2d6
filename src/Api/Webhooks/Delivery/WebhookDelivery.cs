using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first attempt or a retry (or for its endpoint to be resumed).</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt on the retry schedule failed; <c>redeliverWebhookEvents</c> can queue it again.</summary>
    Failed,

    /// <summary>Not sent: when it was due, the integration could no longer see the plan.</summary>
    Withheld,
}

/// <summary>
/// One plan event on its way to one webhook endpoint: made from the outbox row when the integration may see the plan,
/// then attempted on the retry schedule until the receiver answers 2xx. Its id is the event's, so a retry or a replay
/// carries the same <c>webhook-id</c>. The payload is kept with it, so a replay does not depend on the outbox's retention.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
        Payload = string.Empty;
    }

    private WebhookDelivery(Id<WebhookEndpoint> endpointId, Guid eventId, Guid planId, int sequence, string payload, DateTimeOffset occurredAt, DateTimeOffset now, DateTimeOffset dueAt)
    {
        Id = Guid.NewGuid();
        EndpointId = endpointId;
        EventId = eventId;
        PlanId = planId;
        Sequence = sequence;
        Payload = payload;
        OccurredAt = occurredAt;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = dueAt;
    }

    public Guid Id { get; private set; }

    public Id<WebhookEndpoint> EndpointId { get; private set; }

    /// <summary>The plan event (and the <c>webhook-id</c>).</summary>
    public Guid EventId { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>The event's position in the plan's history: one plan's deliveries to one endpoint go in this order.</summary>
    public int Sequence { get; private set; }

    /// <summary>The event as the outbox holds it (<c>PlanStatusChanged</c> JSON).</summary>
    public string Payload { get; private set; }

    /// <summary>When the change was made: replays by time range select on it.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts made since it was made or last queued again.</summary>
    public int AttemptCount { get; private set; }

    /// <summary>When the next attempt is due (while <see cref="WebhookDeliveryStatus.Pending"/>); real time, compared across instances.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Why the last attempt failed, in words.</summary>
    public string? LastError { get; private set; }

    /// <summary>The instance making the delivery now, until <see cref="LeaseUntil"/>.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>Moves with every change, a claim included (optimistic concurrency): a replay and a finishing attempt never both win.</summary>
    public int Revision { get; private set; }

    /// <summary>A pending delivery, made at <paramref name="now"/> (the application's clock) and due at <paramref name="dueAt"/> (real time, as leases).</summary>
    public static WebhookDelivery For(Id<WebhookEndpoint> endpointId, Guid eventId, Guid planId, int sequence, string payload, DateTimeOffset occurredAt, DateTimeOffset now, DateTimeOffset dueAt) =>
        new(endpointId, eventId, planId, sequence, payload, occurredAt, now, dueAt);

    /// <summary>The receiver accepted it.</summary>
    public void Succeeded(DateTimeOffset now)
    {
        Revision++;
        Status = WebhookDeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
        Release();
    }

    /// <summary>
    /// An attempt failed: the next is due after the schedule's wait for this attempt (<paramref name="retryAfter"/>),
    /// or, when the schedule is used up (null), the delivery has FAILED (true).
    /// </summary>
    public bool AttemptFailed(string why, TimeSpan? retryAfter, DateTimeOffset now)
    {
        Revision++;
        LastError = why;
        Release();
        if (retryAfter is { } wait)
        {
            NextAttemptAt = now + wait;
            return false;
        }

        Status = WebhookDeliveryStatus.Failed;
        return true;
    }

    /// <summary>The integration may no longer see the plan: nothing is sent.</summary>
    public void Withhold(string why)
    {
        Revision++;
        Status = WebhookDeliveryStatus.Withheld;
        LastError = why;
        Release();
    }

    /// <summary>Queued again (<c>redeliverWebhookEvents</c>): due at <paramref name="dueAt"/> (real time), on a fresh schedule, with the same <c>webhook-id</c>.</summary>
    public void QueueAgain(DateTimeOffset dueAt)
    {
        Revision++;
        Status = WebhookDeliveryStatus.Pending;
        AttemptCount = 0;
        NextAttemptAt = dueAt;
        Release();
    }

    /// <summary>Counts an attempt as it starts.</summary>
    public int StartAttempt() => ++AttemptCount;

    private void Release()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }
}

/// <summary>How an attempt ended.</summary>
public enum WebhookAttemptOutcome
{
    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>The receiver answered, but not 2xx (a redirect included: deliveries never follow one).</summary>
    Refused,

    /// <summary>No answer within the timeout.</summary>
    TimedOut,

    /// <summary>The receiver could not be reached (name not found, connection refused or reset, TLS failed).</summary>
    Unreachable,

    /// <summary>Not attempted: the URL's name resolved to a private, loopback or link-local address.</summary>
    AddressRefused,
}

/// <summary>One attempt to deliver: when, how long, what the receiver said.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt()
    {
    }

    public WebhookAttempt(Guid deliveryId, int number, DateTimeOffset attemptedAt, TimeSpan duration, WebhookAttemptOutcome outcome, int? statusCode, string? error, string? responseExcerpt)
    {
        Id = Guid.NewGuid();
        DeliveryId = deliveryId;
        Number = number;
        AttemptedAt = attemptedAt;
        DurationMilliseconds = (int)Math.Min(int.MaxValue, Math.Round(duration.TotalMilliseconds));
        Outcome = outcome;
        StatusCode = statusCode;
        Error = error;
        ResponseExcerpt = responseExcerpt;
    }

    public Guid Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    /// <summary>1 for the first attempt since the delivery was made or queued again.</summary>
    public int Number { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int DurationMilliseconds { get; private set; }

    public WebhookAttemptOutcome Outcome { get; private set; }

    /// <summary>The receiver's HTTP status, when it answered.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>What went wrong, in words.</summary>
    public string? Error { get; private set; }

    /// <summary>The start of the receiver's response body.</summary>
    public string? ResponseExcerpt { get; private set; }
}
