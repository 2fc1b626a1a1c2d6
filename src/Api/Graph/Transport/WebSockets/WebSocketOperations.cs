using System.Collections.Concurrent;
using System.Security.Claims;
using CarePlanGraph.Api.Graph.Execution;
using GraphQL;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// The operations one connection runs, by id: each in its own DI scope bound to the connection's user. A query or
/// mutation runs until its one result is sent; a subscription listens until its stream ends or it is stopped.
/// </summary>
internal sealed partial class WebSocketOperations(GraphQLWebSocketServices services, Action<byte[]> send, CancellationToken connectionEnded)
{
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);

    public int Count => _operations.Count;

    public bool Contains(string id) => _operations.ContainsKey(id);

    /// <summary>Starts an operation; the task ends once a query or mutation has been answered, or a subscription listens.</summary>
    /// <param name="isSubscription">
    /// A subscription listens as long as the client wants; a query or mutation gets the time budget
    /// (<see cref="RequestLimitsOptions.ExecutionTimeout"/>) as over HTTP.
    /// </param>
    public Task StartAsync(string id, GraphQLRequestParameters request, ClaimsPrincipal user, bool isSubscription)
    {
        var operation = new WebSocketOperation(id, connectionEnded);
        _operations[id] = operation;
        return RunAsync(operation, request, user, isSubscription);
    }

    /// <summary>Stops an operation, if it still runs: nothing more is sent for it, not even <c>complete</c>.</summary>
    public void Stop(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
        }
    }

    public void StopAll()
    {
        foreach (var id in _operations.Keys)
        {
            Stop(id);
        }
    }

    private async Task RunAsync(WebSocketOperation operation, GraphQLRequestParameters request, ClaimsPrincipal user, bool isSubscription)
    {
        var scope = services.Scopes.CreateAsyncScope();
        var scopeOwned = true;
        var limits = scope.ServiceProvider.GetService<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(operation.Cancelled);
        // A request by documentId may be a query: it gets the time budget until it turns out to be a subscription.
        var mayBeQuery = !isSubscription || request.Query is null;
        if (mayBeQuery)
        {
            budget.CancelAfter(limits.ExecutionTimeout);
        }

        try
        {
            services.Binding.Bind(scope.ServiceProvider, user);
            var result = ErrorLimit.Apply(
                await services.Executer.ExecuteAsync(request.ToExecutionOptions(scope.ServiceProvider, user, budget.Token)).ConfigureAwait(false),
                limits.MaxErrors);

            if (result.Streams is { Count: > 0 } streams)
            {
                if (mayBeQuery)
                {
                    budget.CancelAfter(Timeout.InfiniteTimeSpan);
                }

                // The scope the subscription started in lives as long as it listens; each event gets its own.
                scopeOwned = false;
                var observer = new OperationObserver(this, operation);
                operation.Attach(streams.Values.First().Subscribe(observer), scope);
                return;
            }

            if (!Remove(operation))
            {
                return;
            }

            operation.Dispose();
            if (!result.Executed && result.Errors is { Count: > 0 } errors)
            {
                send(services.Messages.Error(operation.Id, errors));
                return;
            }

            send(services.Messages.Next(operation.Id, result));
            send(ProtocolMessages.Complete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Cancelled.IsCancellationRequested)
        {
            // Completed by the client, or the connection ended: nobody is waiting for an answer.
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            if (Remove(operation))
            {
                operation.Dispose();
                send(services.Messages.Error(operation.Id, [new ExecutionError(
                    $"The operation ran longer than the {limits.ExecutionTimeout} allowed and was stopped; ask for less.") { Code = "TIMEOUT" }]));
            }
        }
        catch (Exception exception)
        {
            LogOperationFailed(services.Logger, exception, operation.Id);
            if (Remove(operation))
            {
                operation.Dispose();
                send(services.Messages.Error(operation.Id, [new UnhandledError("Unexpected error.", exception)]));
            }
        }
        finally
        {
            if (scopeOwned)
            {
                await scope.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Removes this very operation; false when it was stopped, or its id already belongs to another.</summary>
    private bool Remove(WebSocketOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));

    private void OnStreamResult(WebSocketOperation operation, ExecutionResult result)
    {
        if (!operation.IsDisposed)
        {
            send(services.Messages.Next(operation.Id, result));
        }
    }

    private void OnStreamEnded(WebSocketOperation operation, Exception? failure)
    {
        if (!Remove(operation))
        {
            return;
        }

        if (failure is not null)
        {
            var error = failure as ExecutionError ?? new UnhandledError("The subscription's event stream failed.", failure);
            if (error is UnhandledError)
            {
                LogOperationFailed(services.Logger, failure, operation.Id);
            }

            send(services.Messages.Next(operation.Id, new ExecutionResult { Errors = [error] }));
        }

        send(ProtocolMessages.Complete(operation.Id));
        operation.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket: operation {OperationId} failed unexpectedly.")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operationId);

    /// <summary>Passes a subscription's results to the client, and ends the operation when its stream ends.</summary>
    private sealed class OperationObserver(WebSocketOperations operations, WebSocketOperation operation) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => operations.OnStreamResult(operation, value);

        public void OnError(Exception error) => operations.OnStreamEnded(operation, error);

        public void OnCompleted() => operations.OnStreamEnded(operation, null);
    }
}
