using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
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
/// <para>
/// A subscription marked with an audience (<see cref="SharedEventResults"/>) shares its events' results: for one event,
/// subscribers of one audience with the same document, operation and variables wait for one execution, in a fresh
/// scope acting as whichever of them came first, serialised once; <see cref="ISharedEventListener"/>s then do the
/// per-subscriber work (the audit log) for each. The results are kept with the event object, so they last as long as
/// some subscriber still has that event to deliver, and the next event is executed afresh.
/// </para>
/// </summary>
internal sealed class PerEventScopeSubscriptionExecutionStrategy(
    IServiceScopeFactory scopes,
    WebSocketUserBinding binding,
    IOptions<GraphQLWebSocketOptions> options,
    IGraphQLTextSerializer serializer,
    IEnumerable<ISharedEventListener> sharedListeners)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy()), IDisposable
{
    private readonly SemaphoreSlim _gate = new(options.Value.MaxConcurrentEvents);
    private readonly int _maxInProgress = options.Value.MaxEventsInProgress;
    private readonly ISharedEventListener[] _sharedListeners = [.. sharedListeners];

    /// <summary>Events in progress per subscription; every event of one subscription shares its execution options.</summary>
    private readonly ConditionalWeakTable<ExecutionOptions, StrongBox<int>> _inProgress = [];

    /// <summary>Per subscription: a hash of its document, operation name and variables.</summary>
    private readonly ConditionalWeakTable<ExecutionOptions, string> _documentKeys = [];

    /// <summary>Per event (the object the event source sent), the shared executions by audience and document.</summary>
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<SharedResult>>>> _shared = [];

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

            return value is not null && SharedEventResults.AudienceOf(context) is { } audience
                ? await ProcessSharedAsync(context, node, value, audience).ConfigureAwait(false)
                : await ProcessInScopeAsync(context, node, value).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref inProgress.Value);
        }
    }

    private async ValueTask<ExecutionResult> ProcessSharedAsync(ExecutionContext context, ExecutionNode node, object value, string audience)
    {
        var key = audience + "\n" + DocumentKey(context.ExecutionOptions);
        var results = _shared.GetValue(value, static _ => new ConcurrentDictionary<string, Lazy<Task<SharedResult>>>(StringComparer.Ordinal));
        var execution = results.GetOrAdd(key, _ => new Lazy<Task<SharedResult>>(() => ExecuteOnceAsync(context, node, value)));
        var shared = await execution.Value.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        for (var i = 0; i < _sharedListeners.Length; i++)
        {
            await _sharedListeners[i].DeliveringAsync(shared.States[i], context, context.CancellationToken).ConfigureAwait(false);
        }

        return shared.Result;
    }

    /// <summary>Executes an event once for an audience, acting as <paramref name="first"/>, the subscriber that asked first.</summary>
    private async Task<SharedResult> ExecuteOnceAsync(ExecutionContext first, ExecutionNode node, object value)
    {
        // A context of its own, never cancelled: the subscriber that started it may stop listening while others wait.
        using var context = new ExecutionContext(first)
        {
            Errors = new ExecutionErrors(),
            OutputExtensions = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
            CancellationToken = CancellationToken.None,
        };

        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        var scope = scopes.CreateAsyncScope();
        try
        {
            if (context.User is { } user)
            {
                binding.Bind(scope.ServiceProvider, user);
            }

            context.RequestServices = scope.ServiceProvider;
            context.Listeners = [.. scope.ServiceProvider.GetServices<IDocumentExecutionListener>()
                .Where(listener => !Array.Exists(_sharedListeners, shared => shared.ReplacesListener(listener)))];
            var result = await base.ProcessDataAsync(context, node, value).ConfigureAwait(false);
            var states = new object?[_sharedListeners.Length];
            for (var i = 0; i < _sharedListeners.Length; i++)
            {
                states[i] = await _sharedListeners[i].AfterSharedExecutionAsync(context).ConfigureAwait(false);
            }

            // Serialised here, while the execution's context still holds what the result refers to.
            return new SharedResult(new SerializedExecutionResult(Encoding.UTF8.GetBytes(serializer.Serialize(result))), states);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            _gate.Release();
        }
    }

    private string DocumentKey(ExecutionOptions subscription) => _documentKeys.GetValue(subscription, options =>
    {
        var text = string.Join('\0', options.Query ?? string.Empty, options.OperationName ?? string.Empty, serializer.Serialize(options.Variables));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    });

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

    private sealed record SharedResult(SerializedExecutionResult Result, object?[] States);

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
