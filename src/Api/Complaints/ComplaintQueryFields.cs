using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Complaints;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Complaints;

/// <summary>Customer Services' list of complaints (R25).</summary>
public static class ComplaintQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<ComplaintType, Complaint>>("complaints")
            .Description("R25: the complaints you may see, oldest first: all of them for Customer Services; those about their people for a Key Worker; the person's own; none for providers, planners, the panel or the safeguarding team (R27). "
                + "Filter to a status, or to those whose acknowledgement is overdue.")
            .PagingArguments()
            .Argument<ComplaintStatusType>("status", "Only complaints with this status.")
            .Argument<BooleanGraphType>("overdueOnly", "Only complaints still to be acknowledged after their 3rd working day (`acknowledgementOverdue`). Defaults to false.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<TimeProvider>()
            .ResolveAsync(async (c, scope, time) =>
            {
                var complaints = await scope.ComplaintsAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<ComplaintStatus?>("status") is { } status)
                {
                    complaints = complaints.Where(x => x.Status == status);
                }

                if (c.GetArgument<bool?>("overdueOnly") == true)
                {
                    var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                    complaints = complaints.Where(x => x.Status == ComplaintStatus.Received && x.AcknowledgementDue < today);
                }

                return await Pager.ToConnectionAsync(complaints.AsNoTracking().OrderBy(x => x.ReceivedAt).ThenBy(x => x.Id), c).ConfigureAwait(false);
            });
    }
}
