using GraphQL;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Renders errors for responses: unexpected errors as "Unexpected error." with a code and trace
/// id only; every other error as GraphQL.NET does by default (message, code, codes), never with
/// exception details.
/// </summary>
internal sealed class MaskingErrorInfoProvider(IServiceProvider services) : IErrorInfoProvider
{
    private readonly ErrorInfoProvider _default = new(new ErrorInfoProviderOptions { ExposeExceptionDetails = false });
    private readonly IServiceProvider _services = services;

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);

        if (executionError.InnerException is UnexpectedErrorException unexpected)
        {
            return Masked(unexpected.TraceId);
        }

        // An unhandled error that did not pass through UnexpectedErrorHandler (e.g. the handler
        // was not installed on this execution) is masked all the same.
        if (executionError is UnhandledError)
        {
            return Masked(UnexpectedErrorHandler.CurrentTraceId(_services));
        }

        return _default.GetInfo(executionError);
    }

    private static ErrorInfo Masked(string traceId) => new()
    {
        Message = UnexpectedErrorException.PublicMessage,
        Extensions = new Dictionary<string, object?>
        {
            ["code"] = UnexpectedErrorException.Code,
            ["traceId"] = traceId,
        },
    };
}
