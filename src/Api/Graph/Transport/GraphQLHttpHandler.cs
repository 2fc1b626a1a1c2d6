using System.Text;
using CarePlanGraph.Api.Graph.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Serves one GraphQL-over-HTTP request: negotiates the response type, reads and checks the
/// request, executes it and maps the outcome to a status code.
/// </summary>
internal sealed partial class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    RequestLimitsOptions limits,
    ILogger<GraphQLHttpHandler> logger)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpOperationTypeRule.ForGet];
    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, HttpOperationTypeRule.ForPost];

    private readonly IDocumentExecuter<ISchema> _executer = executer;
    private readonly IGraphQLTextSerializer _serializer = serializer;
    private readonly GraphQLRequestReader _reader = reader;
    private readonly ILogger<GraphQLHttpHandler> _logger = logger;
    private readonly RequestLimitsOptions _limits = limits;

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCheckedAsync(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // A fault of ours outside the engine (which masks its own). Answered here, as GraphQL JSON without details,
            // so that no environment's error page can show a stack trace; the request's document is not logged.
            LogUnexpected(_logger, exception, context.TraceIdentifier);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await WriteAsync(context, StatusCodes.Status500InternalServerError, ResponseMediaType.Json, new ExecutionResult
                {
                    Errors = new ExecutionErrors { new UnhandledError(UnexpectedErrorException.PublicMessage, exception) },
                }).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleCheckedAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var mediaType = ResponseMediaType.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            // The client accepts nothing we produce; the error is still sent as JSON so a person
            // reading it learns why.
            await WriteFailureAsync(context, ResponseMediaType.Json, TransportFailure.NotAcceptable()).ConfigureAwait(false);
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        ExecutionResult result;
        try
        {
            var (request, failure) = await ReadAsync(context, isGet).ConfigureAwait(false);
            if (request is null)
            {
                await WriteFailureAsync(context, mediaType, failure!).ConfigureAwait(false);
                return;
            }

            // Work stops when the client goes away or the time budget is spent, whichever comes first.
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(_limits.ExecutionTimeout);
            var options = request.ToExecutionOptions(context.RequestServices, context.User, budget.Token);
            options.ValidationRules = isGet ? GetRules : PostRules;
            try
            {
                result = await _executer.ExecuteAsync(options).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                await WriteFailureAsync(context, mediaType, TransportFailure.Timeout(_limits.ExecutionTimeout)).ConfigureAwait(false);
                return;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
            _logger.LogDebug("GraphQL request {TraceIdentifier} was aborted by the client.", context.TraceIdentifier);
            return;
        }

        result = ErrorLimit.Apply(result, _limits.MaxErrors);

        var statusCode = StatusCodeFor(result, mediaType, out var methodNotAllowed);
        if (methodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }

        await WriteAsync(context, statusCode, mediaType, result).ConfigureAwait(false);
    }

    private async Task<(GraphQLRequestParameters? Request, TransportFailure? Failure)> ReadAsync(HttpContext context, bool isGet)
    {
        if (isGet)
        {
            return _reader.ReadGet(context.Request.Query);
        }

        try
        {
            return await _reader.ReadPostAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            // The server's own limits (e.g. Kestrel's body size or rate) fired while reading.
            var code = exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
            return (null, new TransportFailure(exception.StatusCode, code, "The request body could not be read: " + exception.Message));
        }
    }

    /// <summary>
    /// Maps the outcome to a status code. Once execution has started the answer is 200 whatever
    /// the field errors: the response then carries data. A request refused before execution
    /// (syntax, validation, variable coercion, limits) gets 4xx with application/graphql-response+json,
    /// and 200 with legacy application/json, as the spec prescribes for each.
    /// </summary>
    private static int StatusCodeFor(ExecutionResult result, string mediaType, out bool methodNotAllowed)
    {
        methodNotAllowed = false;
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.OfType<OperationNotAllowedError>().Any(error => error.MethodNotAllowed))
        {
            methodNotAllowed = true;
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(error => error is UnhandledError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private Task WriteFailureAsync(HttpContext context, string mediaType, TransportFailure failure)
    {
        var result = new ExecutionResult
        {
            Errors = new ExecutionErrors { new ExecutionError(failure.Message) { Code = failure.Code } },
        };
        return WriteAsync(context, failure.StatusCode, mediaType, result);
    }

    private async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;

        // Serialised whole, then sent with its length: one write, not chunked, and no asynchronous serialiser state
        // (a page of results is tens of kilobytes; a small answer's chunked framing cost more than the answer).
        var body = Encoding.UTF8.GetBytes(_serializer.Serialize(result));
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request {TraceIdentifier} failed unexpectedly.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceIdentifier);
}
