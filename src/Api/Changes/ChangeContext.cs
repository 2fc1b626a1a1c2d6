using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Changes;

/// <summary>
/// What a mutation's command works with: the plan it changes (tracked, with its versions, items and history), who is
/// acting, the clock's time, the revision the caller based the change on, and read-only loaders for what commands
/// look up. New records are added with <see cref="Add{TEntity}"/>; <see cref="ChangeRunner"/> saves once, afterwards.
/// </summary>
public sealed class ChangeContext
{
    private readonly CarePlanDbContext _db;
    private readonly CarePlan? _plan;
    private readonly List<(CarePlan Plan, int HistoryBefore)> _plansChanged = [];

    internal ChangeContext(CarePlan? plan, Caller caller, DateTimeOffset now, int? expectedRevision, CarePlanDbContext db)
    {
        _plan = plan;
        Caller = caller;
        Now = now;
        ExpectedRevision = expectedRevision;
        _db = db;
    }

    /// <summary>The plan the change is made to; a command that starts a plan has none yet.</summary>
    public CarePlan Plan => _plan ?? throw new InvalidOperationException("This change starts a plan, so there is no plan to change yet.");

    public Caller Caller { get; }

    public Actor Actor => Caller.ToActor();

    public DateTimeOffset Now { get; }

    /// <summary>Today, as the domain counts days (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The <c>expectedRevision</c> input: the revision the caller saw, if they said.</summary>
    public int? ExpectedRevision { get; }

    /// <summary>The plan's own assessment, with its needs, outcomes and risks (read-only).</summary>
    public Task<Assessment> AssessmentAsync(CancellationToken cancellationToken) =>
        _db.Assessments.AsNoTracking().WithParts().SingleAsync(a => a.Id == Plan.AssessmentId, cancellationToken);

    /// <summary>An organisation the council knows, or null.</summary>
    /// <summary>
    /// R31: the plans written against <paramref name="assessmentId"/> that are not ENDED, loaded whole to be changed in
    /// this commit (<see cref="ChangeRunner.OnPersonRecordAsync"/>), with their history counted so that their events
    /// are published after it.
    /// </summary>
    public async Task<IReadOnlyList<CarePlan>> PlansOnAssessmentAsync(Id<Assessment> assessmentId, CancellationToken cancellationToken)
    {
        var plans = await _db.CarePlans
            .WithAggregate()
            .Where(p => p.AssessmentId == assessmentId && p.Status != PlanStatus.Ended)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        _plansChanged.AddRange(plans.Select(p => (p, p.History.Count)));
        return plans;
    }

    internal IReadOnlyList<(CarePlan Plan, int HistoryBefore)> PlansChanged => _plansChanged;

    public Task<Organisation?> OrganisationAsync(Id<Organisation> id, CancellationToken cancellationToken) =>
        _db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The review under way on the plan (tracked), if there is one.</summary>
    public async Task<Review?> OpenReviewAsync(CancellationToken cancellationToken) => Plan.OpenReviewId is { } id
        ? await _db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false)
        : null;

    /// <summary>R33: a carer recorded for the plan's person (read-only), or null if there is none with this ID.</summary>
    public Task<Carer?> CarerOfPersonAsync(Id<Carer> id, CancellationToken cancellationToken) =>
        _db.Carers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PersonId == Plan.PersonId, cancellationToken);

    /// <summary>R33: every carer recorded for the person, withdrawn ones included (read-only).</summary>
    public async Task<IReadOnlyList<Carer>> CarersOfAsync(Id<Person> personId, CancellationToken cancellationToken) =>
        await _db.Carers.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Adds a new record to be saved with the change.</summary>
    public void Add<TEntity>(TEntity entity)
        where TEntity : class => _db.Add(entity);

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
