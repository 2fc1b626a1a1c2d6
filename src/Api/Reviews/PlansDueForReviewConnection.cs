using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Reviews;

/// <summary>
/// The <c>plansDueForReview</c> list (R20): next review due soonest first, then ID; the same filters and sorts as
/// <c>plans</c> (without the support items' filter, which is <c>plans</c>' own), with the same policies.
/// </summary>
public static class PlansDueForReviewConnection
{
    public static readonly ConnectionDefinition<CarePlan> Definition = ConnectionDefinition.For<CarePlan, Id<CarePlan>>("plansDueForReview", "PlanDueForReview", p => p.Id)
        .OrderedBy(p => p.NextReviewDue)
        .Filtering(f => PlansConnection.DeclareFilters(f))
        .Sorting(s => PlansConnection.DeclareSorts(s));
}
