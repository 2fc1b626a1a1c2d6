using GraphQL.Execution;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Per-subscriber work for events executed once for a whole audience (<see cref="SharedEventResults"/>), e.g. an audit
/// log that names each subscriber who was sent the result. Register implementations as singletons.
/// </summary>
public interface ISharedEventListener
{
    /// <summary>
    /// Whether a document listener does per-subscriber work and so must not run in the execution shared by many (the
    /// listener's work is then this listener's to do in <see cref="DeliveringAsync"/>).
    /// </summary>
    bool ReplacesListener(IDocumentExecutionListener listener);

    /// <summary>Runs once after the shared execution, in its scope; the result is handed to <see cref="DeliveringAsync"/> for each subscriber.</summary>
    Task<object?> AfterSharedExecutionAsync(IExecutionContext execution);

    /// <summary>
    /// Runs for each subscriber before the shared result is sent to it, with that subscriber's own context (its
    /// services are the subscription's, bound to the subscriber). The result is sent once this completes.
    /// </summary>
    Task DeliveringAsync(object? state, IExecutionContext subscriber, CancellationToken cancellationToken);
}
