using GraphQL.DataLoader;

namespace CarePlanGraph.Api.Graph.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for and fetches them in one batch when the first result is awaited.
/// One instance per request (register as scoped); results are cached for the request. Thread-safe, so it
/// also works under a parallel execution strategy.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _known = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _pending = [];

    /// <summary>Queues a key; the returned result fetches the whole queued batch the first time it is awaited.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_known.TryGetValue(key, out var completion))
            {
                completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _known[key] = completion;
                _pending.Add((key, completion));
            }

            return new Result(this, completion.Task);
        }
    }

    /// <summary>Fetches values for the keys; keys with no value are simply absent from the answer.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        try
        {
            var values = await FetchAsync(batch.ConvertAll(entry => entry.Key), cancellationToken).ConfigureAwait(false);
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(exception);
            }

            throw;
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Task<TValue?> task) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!task.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }

            return await task.ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
