namespace CarePlanGraph.Api.Events;

/// <summary>Settings of the plan event bus, bound from the configuration section <c>Events</c>.</summary>
public sealed class PlanEventsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Events";

    /// <summary>
    /// How many published changes may wait for one subscriber (default 256). When a change arrives at a full queue the
    /// subscription ends with <see cref="PlanEventQueueOverflowException"/>: memory stays bounded, the publisher and
    /// the other subscribers are not slowed, and the subscriber learns that it missed changes.
    /// </summary>
    public int SubscriberQueueCapacity { get; set; } = 256;
}
