namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>Settings of webhook deliveries (issue 16), bound from the configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>
    /// Whether endpoints may use http and private, loopback or link-local addresses, when registered and when each
    /// delivery connects (server-side request forgery). Unset: only in Development. Tests set it to reach receivers on
    /// 127.0.0.1.
    /// </summary>
    public bool? AllowLocalNetworks { get; set; }

    /// <summary>Whether this instance makes deliveries (default true). Several instances share the work.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>How long one delivery may take, connecting included, before it counts as failed (default 10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long to wait before each retry of a failed delivery (default 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h:
    /// eight attempts over about 21 hours). Each wait varies by up to <see cref="Jitter"/> either way, so receivers
    /// that failed together are not retried together. After the last retry fails the delivery is FAILED.
    /// </summary>
    public IList<TimeSpan> RetrySchedule { get; } = [];

    /// <summary>The default <see cref="RetrySchedule"/>, used when the configuration gives none.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
    ];

    /// <summary>How far each retry's wait may vary either way, as a fraction (default 0.2: ±20 %).</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>How often an instance looks for due deliveries when no event woke it (default 1 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an instance's claim on a delivery holds (default 1 min; longer than <see cref="Timeout"/>): after that another instance may make it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many deliveries one instance makes at once (default 8); one plan's events to one endpoint always go one at a time, in order.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 8;

    /// <summary>How many characters of a receiver's response each attempt keeps (default 500).</summary>
    public int ResponseExcerptLength { get; set; } = 500;

    /// <summary>How long finished deliveries and their attempts are kept (default 30 days); pending ones are always kept.</summary>
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The schedule in force: the configured one, or <see cref="DefaultRetrySchedule"/>.</summary>
    public IReadOnlyList<TimeSpan> Retries => RetrySchedule.Count > 0 ? [.. RetrySchedule] : DefaultRetrySchedule;
}
