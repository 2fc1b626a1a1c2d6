namespace CarePlanGraph.Api.Events;

/// <summary>
/// A plan event waiting to leave this process, or one that has left: written in the same transaction as the change
/// that caused it, so a committed change always has its event and a rolled-back one never does. The
/// <see cref="OutboxDispatcher"/> claims pending rows, publishes them in order per plan and marks them dispatched.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Payload = string.Empty;
    }

    private OutboxMessage(Guid eventId, Guid planId, int sequence, string payload, DateTimeOffset createdAt)
    {
        EventId = eventId;
        PlanId = planId;
        Sequence = sequence;
        Payload = payload;
        CreatedAt = createdAt;
    }

    /// <summary>The event's id: the plan history entry's id, so subscribers can recognise a repeat.</summary>
    public Guid EventId { get; private set; }

    /// <summary>The plan the event belongs to; events of one plan are published in <see cref="Sequence"/> order.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The event's position in the plan's history (1 is the plan's start).</summary>
    public int Sequence { get; private set; }

    /// <summary>The <see cref="PlanStatusChanged"/> as JSON, exactly as it is published.</summary>
    public string Payload { get; private set; }

    /// <summary>When the change was committed (the application's clock).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a dispatcher published it; null while pending.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    /// <summary>The dispatcher instance that has claimed it, until <see cref="LeaseUntil"/>.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the claim holds; after that another dispatcher may take the row over.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>
    /// When the webhook deliveries of this event were made (one per endpoint that may see the plan); null until then.
    /// Webhooks read the outbox on their own, so a bus that is down (Redis) never holds them up, nor they the bus.
    /// </summary>
    public DateTimeOffset? WebhooksStagedAt { get; private set; }

    /// <summary>A pending row for <paramref name="change"/>.</summary>
    public static OutboxMessage For(PlanStatusChanged change, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new OutboxMessage(change.EventId, change.PlanId, change.Sequence, PlanEventJson.Serialize(change), createdAt);
    }
}
