using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Logs an unexpected exception in full and swaps it for a masked stand-in.</summary>
internal static class UnexpectedErrorHandler
{
    private const string LoggerCategory = "CarePlanGraph.Api.Graph.Execution.UnexpectedErrors";

    public static void Handle(UnhandledExceptionContext context)
    {
        var options = context.ExecutionOptions;
        var services = options.RequestServices;
        var traceId = CurrentTraceId(services);
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory);
        logger?.LogError(
            context.OriginalException,
            "Unexpected error in GraphQL operation {OperationName} at {FieldPath} (trace {TraceId})",
            options.OperationName ?? "(unnamed)",
            context.FieldContext is { } field ? string.Join('.', field.ResponsePath) : "(before execution)",
            traceId);

        context.Exception = new UnexpectedErrorException(traceId);
        context.ErrorMessage = UnexpectedErrorException.PublicMessage;
    }

    /// <summary>The W3C trace id of the current activity, or ASP.NET Core's request id when there is no activity.</summary>
    public static string CurrentTraceId(IServiceProvider? services) =>
        Activity.Current?.TraceId.ToHexString()
        ?? services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier
        ?? ActivityTraceId.CreateRandom().ToHexString();
}
