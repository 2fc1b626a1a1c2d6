using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>
/// Runs plan mutations: finds the plan only among those the caller may see (so a hidden plan is "not found"),
/// checks the caller may do this to it, runs one domain command as the caller at the clock's time, and saves once.
/// This is the one place plan changes are committed, so publishing a status change after commit belongs here.
/// </summary>
public sealed class PlanCommandRunner(AccessScope scope, CarePlanDbContext db, TimeProvider time, PlanStatusPublisher statusChanges)
{
    /// <summary>Runs <paramref name="command"/> on the plan named by the input's <c>planId</c>.</summary>
    public async Task<MutationPayload<PlanChange>> RunAsync(
        MutationInput input,
        PlanPermission permission,
        Func<PlanCommand, CancellationToken, Task<Result<PlanChange>>> command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var planId = new Id<CarePlan>(input.Id("planId", "CarePlan"));
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        var plan = await plans
            .WithAggregate()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            .ConfigureAwait(false);
        if (plan is null)
        {
            return MutationPayload<PlanChange>.Failure([new PlanNotFoundError(planId)]);
        }

        await scope.EnsureCanAsync(plan, permission, cancellationToken).ConfigureAwait(false);
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var expectedRevision = input.Optional<int>("expectedRevision");
        var version = plan.CurrentVersion;
        var basedOn = expectedRevision ?? version.EditRevision;

        var historyBefore = plan.History.Count;
        var result = await command(new PlanCommand(plan, caller.ToActor(), time.GetUtcNow(), expectedRevision, db), cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? await CommitAsync(result.Value!, version.Id, basedOn, historyBefore, cancellationToken).ConfigureAwait(false)
            : MutationPayload<PlanChange>.Failure(result.Errors);
    }

    /// <summary>Starts a plan against an assessment the caller may see (R01, R02, R06); the caller is its author.</summary>
    public async Task<MutationPayload<PlanChange>> StartAsync(Id<Assessment> assessmentId, PlanPreparer preparedBy, CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var people = await scope.PeopleAsync(cancellationToken).ConfigureAwait(false);
        var assessment = await db.Assessments
            .AsNoTracking()
            .Include(a => a.Needs)
            .Include(a => a.Outcomes)
            .Include(a => a.Risks)
            .AsSplitQuery()
            .Where(a => people.Any(p => p.Id == a.PersonId))
            .FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            .ConfigureAwait(false);
        if (assessment is null)
        {
            return MutationPayload<PlanChange>.Failure([new AssessmentNotFoundError(assessmentId)]);
        }

        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        var existing = await plans
            .AsNoTracking()
            .Where(p => p.AssessmentId == assessmentId && p.Status != PlanStatus.Ended)
            .OrderBy(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (existing is not null)
        {
            return MutationPayload<PlanChange>.Failure([new PlanAlreadyStartedError(existing)]);
        }

        var plan = CarePlan.Start(assessment, preparedBy, caller.ToActor(), time.GetUtcNow());
        await scope.EnsureCanAsync(plan, PlanPermission.Edit, cancellationToken).ConfigureAwait(false);
        db.CarePlans.Add(plan);
        return await CommitAsync(new PlanChange(plan) { Version = plan.CurrentVersion }, plan.CurrentVersion.Id, 0, 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves the change once. If someone else saved a change to the same version after it was loaded, the version's
    /// <c>EditRevision</c> concurrency token no longer matches: nothing of this change is saved, theirs is kept, and
    /// the caller gets an <see cref="EditConflictError"/> as data.
    /// </summary>
    private async Task<MutationPayload<PlanChange>> CommitAsync(PlanChange change, Id<PlanVersion> versionId, int basedOn, int historyBefore, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var actual = await db.PlanVersions
                .AsNoTracking()
                .Where(v => v.Id == versionId)
                .Select(v => v.EditRevision)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            return MutationPayload<PlanChange>.Failure([new EditConflictError(basedOn, actual)]);
        }

        // Only now, after the commit: one event per status change this save recorded, in order. The change is saved
        // whatever the caller does next, so its publication is not cancelled with the request.
        await statusChanges.PublishCommittedAsync(change.Plan, historyBefore, CancellationToken.None).ConfigureAwait(false);
        return MutationPayload<PlanChange>.Success(change);
    }
}
