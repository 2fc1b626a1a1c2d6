using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// Decides, once per change and audience (<see cref="SubscriberAudience"/>), whether the audience may see the changed
/// plan (R26–R28): in a fresh DI scope acting as the first of its subscribers to ask, against the plans it may see at
/// that moment. Every other subscriber of the audience waits for that answer. Answers are kept with the change object
/// itself, so they last while some subscriber still has the change to deliver, and the next change is decided afresh:
/// access gained or lost between changes counts.
/// </summary>
internal sealed class AudienceVisibility(IServiceScopeFactory scopes, SubscriberCheckGate gate)
{
    private readonly ConditionalWeakTable<PlanStatusChanged, ConcurrentDictionary<string, Lazy<Task<bool>>>> _decided = [];
    private long _decisions;

    /// <summary>How many decisions were made (each one query of the plans an audience may see); for tests and measurements.</summary>
    public long Decisions => Interlocked.Read(ref _decisions);

    /// <summary>Whether <paramref name="audience"/>, to which <paramref name="member"/> belongs, may see the plan <paramref name="change"/> is about.</summary>
    public Task<bool> MaySeeAsync(PlanStatusChanged change, string audience, ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var decisions = _decided.GetValue(change, static _ => new ConcurrentDictionary<string, Lazy<Task<bool>>>(StringComparer.Ordinal));
        var decision = decisions.GetOrAdd(audience, _ => new Lazy<Task<bool>>(() => DecideAsync(change, member)));
        return decision.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Not cancelled when the subscriber who started it leaves: the rest of the audience waits for it.</summary>
    private async Task<bool> DecideAsync(PlanStatusChanged change, ClaimsPrincipal member)
    {
        Interlocked.Increment(ref _decisions);
        using var turn = await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false);
        var scope = SubscriberScope.Create(scopes, member);
        await using (scope.ConfigureAwait(false))
        {
            IQueryable<CarePlan> plans;
            try
            {
                plans = await scope.ServiceProvider.GetRequiredService<AccessScope>().PlansAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (ExecutionError)
            {
                // No longer anyone we know (e.g. their record was removed): they see nothing.
                return false;
            }

            var planId = new Id<CarePlan>(change.PlanId);
            return await plans.AnyAsync(plan => plan.Id == planId, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
