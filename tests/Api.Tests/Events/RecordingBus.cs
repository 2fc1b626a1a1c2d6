using System.Collections.Concurrent;
using CarePlanGraph.Api.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// The in-process bus, counting every publish before the fan-out de-duplicates: what the outbox's dispatchers sent,
/// shared by every host a test starts, so "exactly once" means once across all of them.
/// </summary>
internal sealed class RecordingBus(InProcessPlanEventBus inner, ConcurrentQueue<PlanStatusChanged> published) : IPlanEventBus
{
    public ValueTask PublishAsync(PlanStatusChanged change, CancellationToken cancellationToken)
    {
        published.Enqueue(change);
        return inner.PublishAsync(change, cancellationToken);
    }

    public PlanEventSubscription Subscribe(Guid? planId) => inner.Subscribe(planId);

    /// <summary>Makes <paramref name="factory"/>'s hosts record what they publish into <paramref name="published"/>.</summary>
    public static Infrastructure.CarePlanApiFactory Record(Infrastructure.CarePlanApiFactory factory, ConcurrentQueue<PlanStatusChanged> published)
    {
        factory.ConfigureTestServicesWith(services =>
        {
            services.RemoveAll<IPlanEventBus>();
            services.AddSingleton<InProcessPlanEventBus>();
            services.AddSingleton<IPlanEventBus>(provider => new RecordingBus(provider.GetRequiredService<InProcessPlanEventBus>(), published));
        });
        return factory;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after <paramref name="patience"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan patience, string what)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {patience.TotalSeconds} s for {what}.");
            await Task.Delay(20);
        }
    }
}
