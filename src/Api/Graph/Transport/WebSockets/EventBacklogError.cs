using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Ends a subscription whose events arrive faster than the server can resolve them: more than
/// <see cref="GraphQLWebSocketOptions.MaxEventsInProgress"/> were waiting. Code SUBSCRIPTION_OVERFLOW: the client missed
/// events, so it should re-read what it shows and subscribe again.
/// </summary>
public sealed class EventBacklogError : ExecutionError
{
    public EventBacklogError(int limit)
        : base($"More than {limit} events of this subscription were waiting to be resolved, so it was ended; some events were not delivered. Re-read what you show, then subscribe again.")
    {
        Code = "SUBSCRIPTION_OVERFLOW";
    }
}
