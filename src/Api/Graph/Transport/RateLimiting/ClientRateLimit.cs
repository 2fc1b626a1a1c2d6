namespace CarePlanGraph.Api.Graph.Transport.RateLimiting;

/// <summary>
/// One kind of client's limit (section <c>RateLimits:&lt;kind&gt;</c>): a token bucket holding <see cref="Burst"/>
/// requests, refilled evenly at <see cref="PermitsPerMinute"/>. Each client of the kind has its own bucket.
/// </summary>
public sealed class ClientRateLimit
{
    /// <summary>Requests a minute a client may keep sending, refilled evenly (one every 60/PermitsPerMinute seconds).</summary>
    public int PermitsPerMinute { get; set; }

    /// <summary>Requests a client may send at once after a quiet spell; when not set, a minute's worth.</summary>
    public int? Burst { get; set; }

    internal int BucketSize => Burst ?? PermitsPerMinute;
}
