using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Notes every person's record a query reads (R30): any field resolved on a person, a plan or a plan version
/// counts as a read of that person's record, however it was reached (lists, nested fields or node lookups).
/// </summary>
internal sealed class AuditReadMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        switch (context.Source)
        {
            case Person person:
                Trail(context).RecordPersonRead(person.Id);
                break;
            case CarePlan plan:
                Trail(context).RecordPersonRead(plan.PersonId);
                break;
            case PlanVersion version:
                Trail(context).RecordPlanRead(version.PlanId);
                break;
        }

        return next(context);
    }

    private static AuditTrail Trail(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AuditTrail>();
}
