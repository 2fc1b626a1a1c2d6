namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Stands in for an unexpected exception inside a GraphQL result, so that nothing of the original
/// (message, type, data) can reach the response; it carries only the trace id.
/// </summary>
internal sealed class UnexpectedErrorException(string traceId) : Exception(PublicMessage)
{
    public const string PublicMessage = "Unexpected error.";
    public const string Code = "INTERNAL_SERVER_ERROR";

    public string TraceId { get; } = traceId;
}
