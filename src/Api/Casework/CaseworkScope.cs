using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Casework;

/// <summary>
/// Which reviews, complaints, safety concerns and meeting requests the caller may see, built on the plans
/// <see cref="AccessScope"/> lets them see. Reviews follow the plan (providers attend them, R22); complaints and
/// meeting requests are never for providers or planners (R27); safety concerns reach the safeguarding team only (R24).
/// </summary>
public sealed class CaseworkScope(AccessScope scope, CarePlanDbContext db)
{
    /// <summary>Reviews of the plans the caller may see.</summary>
    public async Task<IQueryable<Review>> ReviewsAsync(CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return db.Reviews.Where(r => plans.Any(p => p.Id == r.PlanId));
    }

    /// <summary>Review requests about the plans the caller may see.</summary>
    public async Task<IQueryable<ReviewRequest>> ReviewRequestsAsync(CancellationToken cancellationToken)
    {
        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return db.ReviewRequests.Where(r => plans.Any(p => p.Id == r.PlanId));
    }

    /// <summary>
    /// R25, R27: Customer Services and administrators see every complaint; a Key Worker those about the people they
    /// work with; the person their own; an advocate those about plans they may see; a representative those they made.
    /// Providers, planners, the panel and the safeguarding team see none.
    /// </summary>
    public async Task<IQueryable<Complaint>> ComplaintsAsync(CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        switch (caller.Role)
        {
            case ActorRole.CustomerServices or ActorRole.Administrator:
                return db.Complaints;
            case ActorRole.KeyWorker:
                return db.Complaints.Where(c => db.People.Any(p => p.Id == c.PersonId && p.KeyWorkerId == caller.StaffMemberId));
            case ActorRole.Person:
                return db.Complaints.Where(c => caller.PersonId != null && c.PersonId == caller.PersonId);
            case ActorRole.Advocate:
                var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
                return db.Complaints.Where(c => plans.Any(p => p.Id == c.PlanId));
            case ActorRole.Helper:
                return db.Complaints.Where(c => c.MadeBySubject == caller.Subject);
            default:
                return db.Complaints.Where(_ => false);
        }
    }

    /// <summary>R24: the safeguarding team sees every safety concern; nobody else sees any, not even who raised them.</summary>
    public async Task<IQueryable<SafetyConcern>> SafetyConcernsAsync(CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return caller.Role == ActorRole.Safeguarding ? db.SafetyConcerns : db.SafetyConcerns.Where(_ => false);
    }

    /// <summary>R17, R27: requests to meet all key staff, for those who may see the plan, except providers and planners.</summary>
    public async Task<IQueryable<ResolutionMeetingRequest>> ResolutionMeetingRequestsAsync(CancellationToken cancellationToken)
    {
        var caller = await scope.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (caller.Role is ActorRole.Provider or ActorRole.SupportPlanner)
        {
            return db.ResolutionMeetingRequests.Where(_ => false);
        }

        var plans = await scope.PlansAsync(cancellationToken).ConfigureAwait(false);
        return db.ResolutionMeetingRequests.Where(r => plans.Any(p => p.Id == r.PlanId));
    }
}
