using System.Collections.Concurrent;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// What a connection runs in the background (queries and mutations, timers): the connection waits for it to end
/// before it ends itself, but not for ever.
/// </summary>
internal sealed class ConnectionTasks
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Track(Task task)
    {
        if (task.IsCompleted)
        {
            return;
        }

        _running.TryAdd(task, 0);
        _ = task.ContinueWith(
            static (done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _),
            _running,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Operations that ignore cancellation are left to finish on their own; their results go nowhere.
        }
    }
}
