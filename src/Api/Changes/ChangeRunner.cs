using System.Linq.Expressions;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Changes;

/// <summary>
/// The one way a mutation changes a record: find it (and its plan) only among what the caller may see, so hidden is
/// "not found"; check the caller may do this to the plan; run one domain command as the caller at the clock's time;
/// save once, with the plan's status changes written to the outbox in the same transaction; turn a concurrency
/// conflict into <see cref="EditConflictError"/>; and wake the outbox dispatcher after the commit. See docs/decisions/0009-one-mutation-pipeline.md.
/// </summary>
public sealed class ChangeRunner(AccessScope scope, CarePlanDbContext db, TimeProvider time, PlanEventOutbox outbox, OutboxDispatcher dispatcher, IOptions<PlanEventsOptions> events)
{
    /// <summary>Runs <paramref name="command"/> on the plan <paramref name="planId"/>.</summary>
    public async Task<MutationPayload<T>> OnPlanAsync<T>(
        Id<CarePlan> planId,
        PlanPermission permission,
        int? expectedRevision,
        Func<ChangeContext, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await FindPlanAsync(planId, cancellationToken).ConfigureAwait(false);
        return plan is null
            ? MutationPayload<T>.Failure([new PlanNotFoundError(planId)])
            : await RunAsync(plan, permission, expectedRevision, command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command that needs nothing but the context.</summary>
    public Task<MutationPayload<T>> OnPlanAsync<T>(
        Id<CarePlan> planId,
        PlanPermission permission,
        int? expectedRevision,
        Func<ChangeContext, Result<T>> command,
        CancellationToken cancellationToken)
        where T : class =>
        OnPlanAsync(planId, permission, expectedRevision, (change, _) => Task.FromResult(command(change)), cancellationToken);

    /// <summary>
    /// Runs <paramref name="command"/> on the record <paramref name="visible"/> lists and <paramref name="match"/>
    /// picks (a review, a complaint …), and on its plan; <paramref name="notFound"/> when there is none the caller may see.
    /// </summary>
    public async Task<MutationPayload<T>> OnRecordAsync<TRecord, T>(
        Func<AccessScope, CancellationToken, Task<IQueryable<TRecord>>> visible,
        Expression<Func<TRecord, bool>> match,
        DomainError notFound,
        PlanPermission permission,
        Func<ChangeContext, TRecord, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where TRecord : class, IPlanRecord
        where T : class
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(command);
        var records = await visible(scope, cancellationToken).ConfigureAwait(false);
        var record = await records.Where(match).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var plan = record is null ? null : await FindPlanAsync(record.PlanId, cancellationToken).ConfigureAwait(false);
        return record is null || plan is null
            ? MutationPayload<T>.Failure([notFound])
            : await RunAsync(plan, permission, null, (change, token) => command(change, record, token), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command that starts a plan: it finds what it starts from through the access scope it is given, and the
    /// caller must be allowed <paramref name="permission"/> on the plan it makes before anything is saved.
    /// </summary>
    public async Task<MutationPayload<T>> StartAsync<T>(
        PlanPermission permission,
        Func<AccessScope, ChangeContext, CancellationToken, Task<Result<T>>> command,
        Func<T, CarePlan> planOf,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(planOf);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var result = await command(scope, new ChangeContext(null, caller, time.GetUtcNow(), null, db), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return MutationPayload<T>.Failure(result.Errors);
        }

        var plan = planOf(result.Value!);
        await scope.EnsureCanAsync(plan, permission, cancellationToken).ConfigureAwait(false);
        db.CarePlans.Add(plan);
        return await CommitAsync(plan, 0, result.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="command"/> on a person's record that belongs to no one plan (an assessment R31, a carer R33,
    /// or the person themselves): the record <paramref name="visible"/> lists and <paramref name="match"/> picks, whose
    /// person the caller must see and be allowed <paramref name="permission"/> for; <paramref name="notFound"/> when there
    /// is none the caller may see. Plans the command changes through <see cref="ChangeContext.PlansOnAssessmentAsync"/>
    /// are saved in the same commit, their concurrency tokens deciding between changes made at once, and their events
    /// are published after it.
    /// </summary>
    public async Task<MutationPayload<T>> OnPersonRecordAsync<TRecord, T>(
        Func<AccessScope, CancellationToken, Task<IQueryable<TRecord>>> visible,
        Expression<Func<TRecord, bool>> match,
        DomainError notFound,
        PersonPermission permission,
        Func<ChangeContext, Person, TRecord, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where TRecord : class, IPersonRecord
        where T : class
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(command);
        var records = await visible(scope, cancellationToken).ConfigureAwait(false);
        var record = await records.Where(match).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var people = await scope.PeopleAsync(cancellationToken).ConfigureAwait(false);
        var person = record is null ? null : await people.AsNoTracking().FirstOrDefaultAsync(p => p.Id == record.PersonId, cancellationToken).ConfigureAwait(false);
        if (record is null || person is null)
        {
            return MutationPayload<T>.Failure([notFound]);
        }

        await scope.EnsureCanAsync(person, permission, cancellationToken).ConfigureAwait(false);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var change = new ChangeContext(null, caller, time.GetUtcNow(), null, db);
        var result = await command(change, person, record, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? await CommitAsync(change.PlansChanged, result.Value!, cancellationToken).ConfigureAwait(false)
            : MutationPayload<T>.Failure(result.Errors);
    }

    /// <summary>
    /// Runs <paramref name="command"/> on a record that belongs to no person or plan (an integration): the record
    /// <paramref name="visible"/> lists and <paramref name="match"/> picks, <paramref name="notFound"/> when there is
    /// none the caller may see. The domain command checks who may do it; the record's concurrency token decides between
    /// changes made at once.
    /// </summary>
    public async Task<MutationPayload<T>> OnOwnRecordAsync<TRecord, T>(
        Func<AccessScope, CancellationToken, Task<IQueryable<TRecord>>> visible,
        Expression<Func<TRecord, bool>> match,
        DomainError notFound,
        Func<ChangeContext, TRecord, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where TRecord : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(command);
        var records = await visible(scope, cancellationToken).ConfigureAwait(false);
        var record = await records.Where(match).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return MutationPayload<T>.Failure([notFound]);
        }

        return await CreateAsync((change, token) => command(change, record, token), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command that belongs to no person or plan and adds what it makes through <see cref="ChangeContext.Add{TEntity}"/>
    /// (an integration registered, its trusted documents). Such a command checks for the records it would duplicate
    /// before adding; if another request saved one of them between that check and this save, the save fails on the
    /// unique key, nothing of it is kept, and the command runs once more, so its own check now sees the other request's
    /// record and answers as it would have (a typed error, or "already there"). The command must therefore change
    /// nothing but what it adds.
    /// </summary>
    public async Task<MutationPayload<T>> CreateAsync<T>(
        Func<ChangeContext, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var result = await command(new ChangeContext(null, caller, time.GetUtcNow(), null, db), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return MutationPayload<T>.Failure(result.Errors);
            }

            try
            {
                return await CommitAsync([], result.Value!, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt == 1 && UniqueKeyViolation.Caused(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<CarePlan?> FindPlanAsync(Id<CarePlan> planId, CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return await plans.WithAggregate().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MutationPayload<T>> RunAsync<T>(
        CarePlan plan,
        PlanPermission permission,
        int? expectedRevision,
        Func<ChangeContext, CancellationToken, Task<Result<T>>> command,
        CancellationToken cancellationToken)
        where T : class
    {
        await scope.EnsureCanAsync(plan, permission, cancellationToken).ConfigureAwait(false);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var historyBefore = plan.History.Count;
        var result = await command(new ChangeContext(plan, caller, time.GetUtcNow(), expectedRevision, db), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return MutationPayload<T>.Failure(result.Errors);
        }

        // Every change goes through the plan it belongs to, so the plan's token decides between changes made at once.
        plan.NoteRecordChanged();
        return await CommitAsync(plan, historyBefore, result.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves the change once. If someone else saved a change to the same record after it was loaded, its
    /// <c>EditRevision</c> concurrency token no longer matches: nothing of this change is saved, theirs is kept, and
    /// the caller gets an <see cref="EditConflictError"/> as data.
    /// </summary>
    private Task<MutationPayload<T>> CommitAsync<T>(CarePlan plan, int historyBefore, T value, CancellationToken cancellationToken)
        where T : class => CommitAsync([(plan, historyBefore)], value, cancellationToken);

    private async Task<MutationPayload<T>> CommitAsync<T>(IReadOnlyList<(CarePlan Plan, int HistoryBefore)> plans, T value, CancellationToken cancellationToken)
        where T : class
    {
        // The events go in the same transaction as the change: both are saved, or neither.
        foreach (var (plan, historyBefore) in plans)
        {
            outbox.Enqueue(plan, historyBefore);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            var error = await ConflictAsync(conflict, cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return MutationPayload<T>.Failure([error]);
        }

        // Committed: the dispatcher publishes the events. Waiting (briefly) for it means this instance's subscribers
        // usually have them before the caller has the answer; the change is saved either way, so the wait is not
        // cancelled with the request, and a slow bus only delays the answer by the wait.
        if (plans.Any(p => p.Plan.History.Count > p.HistoryBefore))
        {
            try
            {
                await dispatcher.WakeAsync().WaitAsync(events.Value.CommitWait, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Still in the outbox: it goes out on a later pass.
            }
        }

        return MutationPayload<T>.Success(value);
    }

    /// <summary>
    /// The revision the change was based on (as loaded) and the one saved since (0 if the record is gone), read from
    /// the concurrency token of the record that conflicted: a version's, a review's or a complaint's
    /// <c>EditRevision</c>, or the plan's own <c>Revision</c>.
    /// </summary>
    private static async Task<EditConflictError> ConflictAsync(DbUpdateConcurrencyException conflict, CancellationToken cancellationToken)
    {
        var entry = conflict.Entries.Count > 0 ? conflict.Entries[0] : null;
        var token = entry?.Metadata.GetProperties().FirstOrDefault(p => p.IsConcurrencyToken && p.ClrType == typeof(int));
        if (entry is null || token is null)
        {
            return new EditConflictError(0, 0);
        }

        var saved = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
        return new EditConflictError((int)entry.OriginalValues[token]!, saved is null ? 0 : (int)saved[token]!);
    }
}
