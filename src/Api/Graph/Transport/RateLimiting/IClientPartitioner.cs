using Microsoft.AspNetCore.Http;

namespace CarePlanGraph.Api.Graph.Transport.RateLimiting;

/// <summary>
/// Whose budget a request spends: a kind of client (a section under <c>RateLimits</c>, e.g. <c>RateLimits:User</c>)
/// and the client's key within it (an application id, a subject, an address).
/// </summary>
public readonly record struct ClientPartition(string Kind, string Key);

/// <summary>
/// Tells the rate limiter whose budget a request spends. Runs after authentication, so the principal is known; runs for
/// every limited request, so it reads the request and its claims only, never a database.
/// </summary>
public interface IClientPartitioner
{
    ClientPartition Partition(HttpContext context);

    /// <summary>A request of <paramref name="partition"/> was refused (429), e.g. to count it in the client's usage.</summary>
    void Rejected(ClientPartition partition);
}
