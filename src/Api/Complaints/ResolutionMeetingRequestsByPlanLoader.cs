using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Complaints;

/// <summary>Loads the requests to meet all key staff about many plans, oldest first.</summary>
public sealed class ResolutionMeetingRequestsByPlanLoader(CarePlanDbContext db) : GroupLoader<Id<CarePlan>, ResolutionMeetingRequest>
{
    protected override IQueryable<ResolutionMeetingRequest> Query(IReadOnlyList<Id<CarePlan>> keys) => db.ResolutionMeetingRequests
        .AsNoTracking()
        .Where(r => keys.Contains(r.PlanId))
        .OrderBy(r => r.RequestedAt)
        .ThenBy(r => r.Id);

    protected override Id<CarePlan> KeyOf(ResolutionMeetingRequest entity) => entity.PlanId;
}
