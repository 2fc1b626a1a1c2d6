using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>
/// Makes a race happen every time: each save that adds a <typeparamref name="TEntity"/> waits, after its request has
/// made all its checks, until <paramref name="count"/> such saves are waiting, and then they all go on at once.
/// Registered as an <see cref="IInterceptor"/> with <see cref="CarePlanApiFactory.ConfigureTestServicesWith"/>, and
/// <see cref="Arm"/>ed once the host has started (its demo data is saved through the same interceptors). Saves before
/// arming and after the meeting go straight through.
/// </summary>
internal sealed class SavesHeldTogether<TEntity>(int count) : SaveChangesInterceptor
    where TEntity : class
{
    private readonly TaskCompletionSource _met = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private volatile bool _armed;

    /// <summary>How many saves adding a <typeparamref name="TEntity"/> reached the database's door.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>From now on, saves adding a <typeparamref name="TEntity"/> are held until they meet.</summary>
    public void Arm() => _armed = true;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_armed && eventData.Context is { } context && context.ChangeTracker.Entries<TEntity>().Any(e => e.State == EntityState.Added))
        {
            if (Interlocked.Increment(ref _arrived) == count)
            {
                _met.TrySetResult();
            }

            // Bounded: if the others never come, the save goes on alone and the test's assertions say what happened.
            await Task.WhenAny(_met.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken)).ConfigureAwait(false);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken).ConfigureAwait(false);
    }
}
