using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// One integration's use of one operation on one day (UTC): how many requests, how many answered with errors, and how
/// many were refused by its rate limit (those are counted under the empty operation). Counters only: written by
/// <see cref="IntegrationUsageRecorder"/>'s batches with an upsert that adds, never by the domain.
/// </summary>
public sealed class IntegrationUsage
{
    private IntegrationUsage()
    {
        Operation = string.Empty;
    }

    public Id<Integration> IntegrationId { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The operation as the audit log names it (<c>query OakClients</c>), or empty for throttled requests.</summary>
    public string Operation { get; private set; }

    public long Requests { get; private set; }

    public long Errors { get; private set; }

    public long Throttled { get; private set; }
}
