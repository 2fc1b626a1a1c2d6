using System.Threading.Channels;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// Wakes a background loop that otherwise polls: rings coalesce (one pending wake-up at most), and a wait ends at the
/// first ring or when the poll interval passes. Used by the outbox dispatcher and the webhook worker.
/// </summary>
public sealed class WakeSignal
{
    private readonly Channel<bool> _rings = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Names a loop's leases: unique per process start, readable in the table (machine/process/random).</summary>
    public static string NewLeaseOwner() =>
        $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 50)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Asks the loop for a pass now; never waits.</summary>
    public void Ring() => _rings.Writer.TryWrite(true);

    /// <summary>Waits for a ring, at most <paramref name="wait"/>; returns early, without throwing, when stopping.</summary>
    public async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(wait);
        try
        {
            await _rings.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            _rings.Reader.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            // The wait passed without a ring (look anyway), or the loop is stopping.
        }
    }
}
