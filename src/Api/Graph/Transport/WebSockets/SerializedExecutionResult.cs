using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// A result already serialised to its JSON payload (UTF-8), shared by every subscriber it is sent to: the transport
/// writes <see cref="Payload"/> as it is rather than serialising the result again for each socket.
/// </summary>
internal sealed class SerializedExecutionResult : ExecutionResult
{
    public SerializedExecutionResult(ReadOnlyMemory<byte> payload)
    {
        Payload = payload;
        Executed = true;
    }

    /// <summary>The whole GraphQL response (data, errors, extensions) as JSON.</summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
