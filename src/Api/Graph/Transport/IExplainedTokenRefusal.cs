namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// A token refusal whose reason is written for the client (not a library's internal message): the transports pass
/// <see cref="Reason"/> on as it is, over HTTP and in a WebSocket's close reason.
/// </summary>
public interface IExplainedTokenRefusal
{
    string Reason { get; }
}
