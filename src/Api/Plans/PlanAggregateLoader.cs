using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// Loads whole plans (every version with its items, helpers, mitigations and decisions) for fields the domain
/// derives from the aggregate, such as the person's copy. Read-only; mutations load through the access scope.
/// </summary>
public sealed class PlanAggregateLoader(CarePlanDbContext db) : ByIdLoader<CarePlan>(db)
{
    protected override IQueryable<CarePlan> Query => Db.CarePlans.AsNoTracking().WithAggregate();
}
