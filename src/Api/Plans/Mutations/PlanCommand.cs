using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>
/// What a plan mutation's command works with: the plan (tracked, with its versions, items and history), who is
/// acting, the time, and the revision the caller based the change on. Commands call one domain method and turn its
/// result into a <see cref="PlanChange"/> with <see cref="Then(Result, Func{PlanChange})"/>.
/// </summary>
public sealed class PlanCommand
{
    private readonly CarePlanDbContext _db;

    internal PlanCommand(CarePlan plan, Actor actor, DateTimeOffset now, int? expectedRevision, CarePlanDbContext db)
    {
        Plan = plan;
        Actor = actor;
        Now = now;
        ExpectedRevision = expectedRevision;
        _db = db;
    }

    public CarePlan Plan { get; }

    public Actor Actor { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The <c>expectedRevision</c> input: the current version's revision the caller saw, if they said.</summary>
    public int? ExpectedRevision { get; }

    /// <summary>The plan's own assessment, with its needs, outcomes and risks (read-only).</summary>
    public Task<Assessment> AssessmentAsync(CancellationToken cancellationToken) => _db.Assessments
        .AsNoTracking()
        .Include(a => a.Needs)
        .Include(a => a.Outcomes)
        .Include(a => a.Risks)
        .AsSplitQuery()
        .SingleAsync(a => a.Id == Plan.AssessmentId, cancellationToken);

    /// <summary>An organisation the council knows, or null.</summary>
    public Task<Organisation?> OrganisationAsync(Id<Organisation> id, CancellationToken cancellationToken) =>
        _db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The change when the domain accepted the command; its refusals otherwise.</summary>
    public static Result<PlanChange> Then(Result result, Func<PlanChange> change)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(change);
        return result.Succeeded ? Result<PlanChange>.Ok(change()) : Result<PlanChange>.Fail(result.Errors);
    }

    /// <summary>The change built from the value the domain produced, or its refusals.</summary>
    public static Result<PlanChange> Then<T>(Result<T> result, Func<T, PlanChange> change)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(change);
        return result.Succeeded ? Result<PlanChange>.Ok(change(result.Value!)) : Result<PlanChange>.Fail(result.Errors);
    }

    /// <summary>Why the current version cannot be edited, if it cannot (R07); the domain checks again.</summary>
    public DomainError? NotEditable() => Plan.CurrentVersion is { IsEditable: false } version
        ? new VersionNotEditableError(version.Number, version.Status)
        : null;

    /// <summary>
    /// When an item ID names an item of another version of this plan (not the current one), the refusal says that
    /// version cannot be edited (R07), rather than that the item does not exist.
    /// </summary>
    public DomainError? ItemInAnotherVersion(Id<SupportItem> itemId)
    {
        if (Plan.CurrentVersion.SupportItems.Any(i => i.Id == itemId))
        {
            return null;
        }

        return Plan.Versions.FirstOrDefault(v => v.SupportItems.Any(i => i.Id == itemId)) is { } other
            ? new VersionNotEditableError(other.Number, other.Status)
            : null;
    }
}
