using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Complaints;

/// <summary>Customer Services' list of complaints (R25).</summary>
public static class ComplaintQueryFields
{
    /// <summary>Complaints by when they were received; filterable and sortable on their status and dates.</summary>
    public static readonly ConnectionDefinition<Complaint> Connection = ConnectionDefinition.For<Complaint, Id<Complaint>>("complaints", "Complaint", x => x.Id)
        .OrderedBy(x => x.ReceivedAt)
        .Filtering(f => f
            .Enum<ComplaintStatusType, ComplaintStatus>("status", x => x.Status, "Where the complaint stands.")
            .Comparable<DateTimeType, DateTimeOffset>("receivedAt", x => x.ReceivedAt, "When the council received it.")
            .Comparable<DateType, DateOnly>("acknowledgementDue", x => x.AcknowledgementDue, "The last day to acknowledge it (the 3rd working day)."))
        .Sorting(s => s
            .Field("receivedAt", x => x.ReceivedAt, "When the council received it.")
            .Field("acknowledgementDue", x => x.AcknowledgementDue, "The last day to acknowledge it."));

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<ComplaintType, Complaint>>("complaints")
            .Description("R25: the complaints you may see, oldest first: all of them for Customer Services; those about their people for a Key Worker; the person's own; none for providers, planners, the panel or the safeguarding team (R27). "
                + "Filter to a status, or to those whose acknowledgement is overdue.")
            .ConnectionArguments(Connection)
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

                return await Pager.ToConnectionAsync(complaints.AsNoTracking(), c, Connection).ConfigureAwait(false);
            });
    }
}
