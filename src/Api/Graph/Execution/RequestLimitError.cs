using GraphQL;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// A document or request over one of the <see cref="RequestLimitsOptions"/>, refused before the step the
/// limit protects. An <see cref="ExecutionError"/>, so the engine reports it as the request's error (nothing
/// executed, 400 over HTTP) instead of treating it as a fault of ours.
/// </summary>
internal sealed class RequestLimitError : ExecutionError
{
    public RequestLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
