using CarePlanGraph.Api.Audit;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Casework;

/// <summary>
/// R30: reading a review, a review request, a complaint, a meeting request or a safety concern is a read of the
/// person's record, however it was reached, like reading their plan.
/// </summary>
internal sealed class CaseworkReadAuditMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var person = context.Source switch
        {
            Review review => review.PersonId,
            ReviewRequest request => request.PersonId,
            Complaint complaint => complaint.PersonId,
            ResolutionMeetingRequest meeting => meeting.PersonId,
            SafetyConcern concern => concern.PersonId,
            _ => (Domain.Common.Id<Domain.People.Person>?)null,
        };
        if (person is { } id)
        {
            context.RequestServices!.GetRequiredService<AuditTrail>().RecordPersonRead(id);
        }

        return next(context);
    }
}
