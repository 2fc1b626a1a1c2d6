namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// One operation a client started with <c>subscribe</c>: a query or mutation while it runs, or a subscription while it
/// listens. Disposing it stops it: its cancellation token fires, its event stream is detached and its DI scope ends.
/// </summary>
internal sealed class WebSocketOperation : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationToken _cancelled;
    private readonly Lock _gate = new();
    private IDisposable? _stream;
    private IAsyncDisposable? _scope;
    private bool _disposed;

    public WebSocketOperation(string id, CancellationToken connectionEnded)
    {
        Id = id;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionEnded);
        _cancelled = _cancellation.Token;
    }

    public string Id { get; }

    /// <summary>Fires when the client completes the operation or the connection ends.</summary>
    public CancellationToken Cancelled => _cancelled;

    public bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _disposed;
            }
        }
    }

    /// <summary>
    /// Hands the operation the subscription's event stream and the DI scope it was started in, which live as long as
    /// it listens. False (and both are released) when the operation was stopped meanwhile.
    /// </summary>
    public bool Attach(IDisposable stream, IAsyncDisposable scope)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _stream = stream;
                _scope = scope;
                return true;
            }
        }

        stream.Dispose();
        _ = scope.DisposeAsync().AsTask();
        return false;
    }

    public void Dispose()
    {
        IDisposable? stream;
        IAsyncDisposable? scope;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            stream = _stream;
            scope = _scope;
            _stream = null;
            _scope = null;
        }

        _cancellation.Cancel();
        stream?.Dispose();
        if (scope is not null)
        {
            _ = scope.DisposeAsync().AsTask();
        }

        _cancellation.Dispose();
    }
}
