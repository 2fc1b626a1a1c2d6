using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Casework;

/// <summary>
/// What a casework mutation's command works with: the plan it concerns (tracked, with versions, items and history),
/// who is acting, and the time. New records are added with <see cref="Add{TEntity}"/>; everything is saved once, after
/// the command, by <see cref="CaseworkRunner"/>.
/// </summary>
public sealed class CaseworkCommand
{
    private readonly CarePlanDbContext _db;

    internal CaseworkCommand(CarePlan plan, Caller caller, DateTimeOffset now, CarePlanDbContext db)
    {
        Plan = plan;
        Caller = caller;
        Now = now;
        _db = db;
    }

    public CarePlan Plan { get; }

    public Caller Caller { get; }

    public Actor Actor => Caller.ToActor();

    public DateTimeOffset Now { get; }

    /// <summary>Today, as the domain counts days (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

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

    /// <summary>The review under way on the plan (tracked), if there is one.</summary>
    public async Task<Review?> OpenReviewAsync(CancellationToken cancellationToken) => Plan.OpenReviewId is { } id
        ? await _db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false)
        : null;

    /// <summary>Adds a new record to be saved with the change.</summary>
    public void Add<TEntity>(TEntity entity)
        where TEntity : class => _db.Add(entity);
}
