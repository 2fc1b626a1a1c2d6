using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Casework;

/// <summary>
/// Runs the casework mutations (reviews, advocacy, the panel, safety concerns, complaints): finds the record and its
/// plan only among what the caller may see (so hidden is "not found"), checks the caller may do this to the plan, runs
/// the domain command as the caller at the clock's time, saves once, and then publishes any plan status change it
/// made to <c>planStatusChanged</c> subscribers.
/// </summary>
public sealed class CaseworkRunner(AccessScope scope, CarePlanDbContext db, TimeProvider time, PlanStatusPublisher publisher)
{
    /// <summary>Runs <paramref name="command"/> on the plan <paramref name="planId"/>.</summary>
    public async Task<MutationPayload<T>> OnPlanAsync<T>(
        Id<CarePlan> planId,
        PlanPermission permission,
        Func<CaseworkCommand, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await FindPlanAsync(planId, cancellationToken).ConfigureAwait(false);
        return plan is null
            ? MutationPayload<T>.Failure([new PlanNotFoundError(planId)])
            : await RunAsync(plan, permission, command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="command"/> on a record found by <paramref name="found"/> (tracked, filtered to what the
    /// caller may see and to the ID asked for) and on its plan; <paramref name="notFound"/> when there is none.
    /// </summary>
    public async Task<MutationPayload<T>> OnRecordAsync<TRecord, T>(
        IQueryable<TRecord> found,
        Func<TRecord, Id<CarePlan>> planOf,
        DomainError notFound,
        PlanPermission permission,
        Func<CaseworkCommand, TRecord, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where TRecord : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(planOf);
        ArgumentNullException.ThrowIfNull(command);
        var record = await found.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var plan = record is null ? null : await FindPlanAsync(planOf(record), cancellationToken).ConfigureAwait(false);
        return record is null || plan is null
            ? MutationPayload<T>.Failure([notFound])
            : await RunAsync(plan, permission, (c, token) => command(c, record, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CarePlan?> FindPlanAsync(Id<CarePlan> planId, CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return await plans
            .WithAggregate()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<MutationPayload<T>> RunAsync<T>(
        CarePlan plan,
        PlanPermission permission,
        Func<CaseworkCommand, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where T : class
    {
        await scope.EnsureCanAsync(plan, permission, cancellationToken).ConfigureAwait(false);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var historyBefore = plan.History.Count;
        var result = await command(new CaseworkCommand(plan, caller, time.GetUtcNow(), db), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return MutationPayload<T>.Failure(result.Errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // The same error as a plan edit's conflict: the revision this change was based on, and the one saved since
            // (0 when the row is gone).
            var entry = conflict.Entries[0];
            var token = entry.Properties.FirstOrDefault(property => property.Metadata.IsConcurrencyToken);
            var saved = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
            var expected = token?.OriginalValue is int original ? original : 0;
            var actual = token is not null && saved?[token.Metadata] is int current ? current : 0;
            db.ChangeTracker.Clear();
            return MutationPayload<T>.Failure([new EditConflictError(expected, actual)]);
        }

        // After the commit, so subscribers never hear of a change that was not saved; the change is saved whatever
        // the caller does next, so its publication is not cancelled with the request.
        await publisher.PublishCommittedAsync(plan, historyBefore, CancellationToken.None).ConfigureAwait(false);
        return MutationPayload<T>.Success(result.Value!);
    }
}
