namespace CarePlanGraph.Api.Events;

/// <summary>
/// Ends a <see cref="PlanEventSubscription"/> whose queue was full when a change arrived: its reader fell behind, and the
/// change (and any after it) would otherwise have been lost without anyone knowing.
/// </summary>
public sealed class PlanEventQueueOverflowException : Exception
{
    public PlanEventQueueOverflowException()
        : this("The subscriber's queue of plan changes was full, so the subscription was ended.")
    {
    }

    public PlanEventQueueOverflowException(string message)
        : base(message)
    {
    }

    public PlanEventQueueOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception for a queue that held <paramref name="capacity"/> changes.</summary>
    public static PlanEventQueueOverflowException For(int capacity) =>
        new($"More than {capacity} plan changes were waiting for this subscriber, so its subscription was ended rather than let it fall further behind.");
}
