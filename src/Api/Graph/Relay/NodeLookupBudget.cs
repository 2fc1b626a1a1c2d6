using CarePlanGraph.Api.Graph.Execution;
using GraphQL;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>
/// Counts one request's lookups by ID while it executes. <see cref="NodeLookupLimitRule"/> refuses most
/// requests over the limit before they run; this stops the rest (e.g. a fragment holding <c>nodes</c> spread
/// many times, which the rule counts once) at the lookup that would pass the limit.
/// </summary>
internal sealed class NodeLookupBudget(RequestLimitsOptions limits)
{
    private int _used;

    public int MaxIds => limits.MaxNodeIds;

    public void Take(int lookups)
    {
        if (Interlocked.Add(ref _used, lookups) > limits.MaxNodeLookups)
        {
            throw NodeLookupLimitRule.TooManyLookups(limits.MaxNodeLookups);
        }
    }
}
