namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// Bounds how many subscribers' visibility checks run at once (the number of processors). A change that hundreds of
/// subscribers listen for is then checked for them a few at a time, instead of all at once: requests (including the
/// one that made the change) keep being served, and the database is not asked hundreds of questions together.
/// </summary>
internal sealed class SubscriberCheckGate : IDisposable
{
    private readonly SemaphoreSlim _turns = new(Environment.ProcessorCount);

    /// <summary>Waits for a turn; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
