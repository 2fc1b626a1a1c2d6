using System.Security.Claims;
using CarePlanGraph.Api.Events;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// The changes one subscriber may see (R26–R28). Each change is checked when it arrives, once for the subscriber's
/// whole audience (<see cref="AudienceVisibility"/>), against the plans it may see at that moment: access that was
/// gained or lost since it subscribed counts, and a change to a plan it may not see is never passed on. Changes are
/// checked and passed on one at a time, in the order they were published.
/// </summary>
internal sealed partial class VisiblePlanStatusChanges(
    PlanEventSubscription source,
    ClaimsPrincipal subscriber,
    string audience,
    AudienceVisibility visibility,
    ILogger logger) : IObservable<PlanStatusChanged>
{
    private int _subscribed;

    public IDisposable Subscribe(IObserver<PlanStatusChanged> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            throw new InvalidOperationException("A subscriber's stream of plan changes can be observed once.");
        }

        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, stop.Token);
        return new Subscription(stop, source);
    }

    private async Task PumpAsync(IObserver<PlanStatusChanged> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in source.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await MaySeeAsync(change, cancellationToken).ConfigureAwait(false))
                {
                    observer.OnNext(change);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The subscriber stopped listening.
        }
        catch (PlanEventQueueOverflowException)
        {
            LogOverflow(logger);
            observer.OnError(new SubscriptionOverflowError());
        }
        catch (Exception exception)
        {
            observer.OnError(exception);
        }
    }

    private Task<bool> MaySeeAsync(PlanStatusChanged change, CancellationToken cancellationToken) =>
        visibility.MaySeeAsync(change, audience, subscriber, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A planStatusChanged subscriber fell too far behind; its subscription was ended.")]
    private static partial void LogOverflow(ILogger logger);

    private sealed class Subscription(CancellationTokenSource stop, PlanEventSubscription source) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                stop.Cancel();
                source.Dispose();
                stop.Dispose();
            }
        }
    }
}
