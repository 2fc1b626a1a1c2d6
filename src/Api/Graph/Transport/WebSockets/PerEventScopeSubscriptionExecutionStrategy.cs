using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Runs each subscription event in its own DI scope, bound to the subscriber: scoped services (the unit of work,
/// DataLoaders, access checks) are fresh for every event, so each event sees the data and the permissions as they
/// are when it is delivered, not as they were when the client subscribed. Child fields run one at a time, as queries
/// do. The document listeners of the event's scope run around each event, so per-request work such as auditing
/// happens per event.
/// <para>
/// Events are resolved a few at a time server-wide (<see cref="GraphQLWebSocketOptions.MaxConcurrentEvents"/>), and a
/// subscription whose events pile up beyond <see cref="GraphQLWebSocketOptions.MaxEventsInProgress"/> is ended with an
/// <see cref="EventBacklogError"/>: what waits between the event source and the client stays bounded.
/// </para>
/// </summary>
internal sealed class PerEventScopeSubscriptionExecutionStrategy(IServiceScopeFactory scopes, WebSocketUserBinding binding, IOptions<GraphQLWebSocketOptions> options)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy()), IDisposable
{
    private readonly SemaphoreSlim _gate = new(options.Value.MaxConcurrentEvents);
    private readonly int _maxInProgress = options.Value.MaxEventsInProgress;

    /// <summary>Events in progress per subscription; every event of one subscription shares its execution options.</summary>
    private readonly ConditionalWeakTable<ExecutionOptions, StrongBox<int>> _inProgress = [];

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inProgress = _inProgress.GetOrCreateValue(context.ExecutionOptions);
        try
        {
            if (Interlocked.Increment(ref inProgress.Value) > _maxInProgress)
            {
                // Thrown, not returned: the event stream fails, and the transport ends the subscription with this error.
                throw new EventBacklogError(_maxInProgress);
            }

            return await ProcessInScopeAsync(context, node, value).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref inProgress.Value);
        }
    }

    private async ValueTask<ExecutionResult> ProcessInScopeAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await _gate.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        var scope = scopes.CreateAsyncScope();
        try
        {
            if (context.User is { } user)
            {
                binding.Bind(scope.ServiceProvider, user);
            }

            context.RequestServices = scope.ServiceProvider;

            // A new list: the clone of the subscription's context may share its list with the events resolved alongside.
            context.Listeners = [.. scope.ServiceProvider.GetServices<IDocumentExecutionListener>()];
            return await base.ProcessDataAsync(context, node, value).ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>An error the event source raised on purpose (an <see cref="ExecutionError"/>) reaches the client as it is.</summary>
    protected override Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (exception is ExecutionError error)
        {
            error.Path = node.ResponsePath;
            return Task.FromResult(error);
        }

        return base.ProcessErrorAsync(context, node, exception);
    }
}
