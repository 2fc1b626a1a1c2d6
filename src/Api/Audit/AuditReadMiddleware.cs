using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Notes every person's record a query reads (R30): any field resolved on a record <see cref="PersonalRecords"/>
/// counts as theirs is a read of that person's record, however it was reached (lists, nested fields or node lookups).
/// </summary>
internal sealed class AuditReadMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        switch (PersonalRecords.Owner(context.Source))
        {
            case ({ } person, { } plan):
                Trail(context).RecordPlanRead(plan, person);
                break;
            case ({ } person, null):
                Trail(context).RecordPersonRead(person);
                break;
            case (null, { } plan):
                Trail(context).RecordPlanRead(plan);
                break;
        }

        return next(context);
    }

    private static AuditTrail Trail(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AuditTrail>();
}
