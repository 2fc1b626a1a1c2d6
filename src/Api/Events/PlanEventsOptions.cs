namespace CarePlanGraph.Api.Events;

/// <summary>Settings of the plan event bus and its outbox, bound from the configuration section <c>Events</c>.</summary>
public sealed class PlanEventsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Events";

    /// <summary>
    /// How many published changes may wait for one subscriber (default 256). When a change arrives at a full queue the
    /// subscription ends with <see cref="PlanEventQueueOverflowException"/>: memory stays bounded, the publisher and
    /// the other subscribers are not slowed, and the subscriber learns that it missed changes.
    /// </summary>
    public int SubscriberQueueCapacity { get; set; } = 256;

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>127.0.0.1:6379</c>): events travel between instances on a Redis
    /// stream (see <see cref="RedisPlanEventBus"/>). Unset: in-process, enough for one instance.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// The start of the Redis keys this deployment uses (default <c>careplan</c>): its stream is
    /// <c>{prefix}:plan-events</c> and its bell <c>{prefix}:plan-events:appended</c>. Every instance of one deployment
    /// (one database) must use the same; two deployments sharing a Redis server (staging and production, say) each
    /// need their own, or each hears the other's changes.
    /// </summary>
    public string RedisKeyPrefix { get; set; } = "careplan";

    /// <summary>
    /// About how many events the Redis stream keeps (default 100,000; trimmed approximately): an instance cut off from
    /// Redis for longer than it takes to publish that many misses the oldest of them.
    /// </summary>
    public int RedisStreamLength { get; set; } = 100_000;

    /// <summary>
    /// How often each instance reads the Redis stream when no bell rang (default 250 ms): the longest extra delay when
    /// a bell is lost, as it is while an instance reconnects.
    /// </summary>
    public TimeSpan RedisPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Whether this instance publishes the outbox's pending events (default true). False leaves them for another
    /// instance (tests use it to stand for a crash between commit and publish).
    /// </summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for pending events when no commit woke it (default 2 s); also its longest retry wait.</summary>
    public TimeSpan DispatchPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a dispatcher's claim on events holds (default 30 s): after that another instance takes them over.</summary>
    public TimeSpan DispatchLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a mutation waits, after its commit, for its events to be published before it answers (default 2 s).
    /// Subscribers on this instance then usually have the event when the caller gets the answer; after the wait the
    /// event is still published, later.
    /// </summary>
    public TimeSpan CommitWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many recent event ids each instance remembers to drop a repeated event (default 10,000).</summary>
    public int DeduplicationWindow { get; set; } = 10_000;

    /// <summary>
    /// How long dispatched rows stay in the outbox (default 7 days) before the dispatcher deletes them, a bounded batch at
    /// a time: long enough to look into a delivery days later, short enough that the table and its index stay small.
    /// Pending rows are never deleted.
    /// </summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How old the oldest pending outbox row may be before <c>/health/ready</c> reports the outbox Degraded (default 1
    /// minute, still 200). Normally a row waits milliseconds; one left by a crashed instance waits at most
    /// <see cref="DispatchLease"/> plus a poll; older means events are not leaving (Redis down, no dispatcher running).
    /// </summary>
    public TimeSpan OutboxPendingAgeLimit { get; set; } = TimeSpan.FromMinutes(1);
}
