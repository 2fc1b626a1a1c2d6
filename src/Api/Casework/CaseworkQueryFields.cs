using CarePlanGraph.Api.Complaints;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Safeguarding;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Casework;

/// <summary>The queues of casework: reviews due, the safeguarding team's queue, complaints and the panel's referrals.</summary>
public static class CaseworkQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanType>>>>("reviewsDue")
            .Description("R20: the plans you may see (for a Key Worker, their caseload) whose next review is due on or before `before`, soonest first: ACTIVE ones waiting for a review to start, and UNDER_REVIEW ones whose review is under way.")
            .Argument<NonNullGraphType<DateType>>("before", "The last due date to include, e.g. the end of next month.")
            .ResolveAsync(async c =>
            {
                var before = c.GetArgument<DateOnly>("before");
                var plans = await Scope(c).PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await plans
                    .AsNoTracking()
                    .Where(p => (p.Status == PlanStatus.Active || p.Status == PlanStatus.UnderReview) && p.NextReviewDue != null && p.NextReviewDue <= before)
                    .OrderBy(p => p.NextReviewDue)
                    .ThenBy(p => p.Id)
                    .ToListAsync(c.CancellationToken)
                    .ConfigureAwait(false);
            });

        query.Field<ConnectionGraphType<SafetyConcernType, SafetyConcern>>("safeguardingQueue")
            .Description("R24: the safeguarding team's queue of safety concerns, oldest first: open ones, and closed ones too with `includeClosed`. The safeguarding team only; anyone else is refused (AUTH_FORBIDDEN).")
            .PagingArguments()
            .Argument<BooleanGraphType>("includeClosed", "Also list closed concerns. Defaults to false.")
            .ResolveAsync(async c =>
            {
                var caller = await Scope(c).RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                if (caller.Role != ActorRole.Safeguarding)
                {
                    throw new ExecutionError("Only the council's safeguarding team sees safety concerns.") { Code = "AUTH_FORBIDDEN" };
                }

                var concerns = await c.RequestServices!.GetRequiredService<CaseworkScope>().SafetyConcernsAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<bool?>("includeClosed") != true)
                {
                    concerns = concerns.Where(x => x.Status == SafetyConcernStatus.Open);
                }

                return await Pager.ToConnectionAsync(concerns.AsNoTracking().OrderBy(x => x.RaisedAt).ThenBy(x => x.Id), c).ConfigureAwait(false);
            });

        query.Field<ConnectionGraphType<ComplaintType, Complaint>>("complaints")
            .Description("R25: the complaints you may see, oldest first: all of them for Customer Services; those about their people for a Key Worker; the person's own; none for providers, planners, the panel or the safeguarding team (R27). "
                + "Filter to a status, or to those whose acknowledgement is overdue.")
            .PagingArguments()
            .Argument<ComplaintStatusType>("status", "Only complaints with this status.")
            .Argument<BooleanGraphType>("overdueOnly", "Only complaints still to be acknowledged after their 3rd working day (`acknowledgementOverdue`). Defaults to false.")
            .ResolveAsync(async c =>
            {
                var complaints = await c.RequestServices!.GetRequiredService<CaseworkScope>().ComplaintsAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<ComplaintStatus?>("status") is { } status)
                {
                    complaints = complaints.Where(x => x.Status == status);
                }

                if (c.GetArgument<bool?>("overdueOnly") == true)
                {
                    var today = DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                    complaints = complaints.Where(x => x.Status == ComplaintStatus.Received && x.AcknowledgementDue < today);
                }

                return await Pager.ToConnectionAsync(complaints.AsNoTracking().OrderBy(x => x.ReceivedAt).ThenBy(x => x.Id), c).ConfigureAwait(false);
            });

        query.Field<ConnectionGraphType<CarePlanType, CarePlan>>("riskPanelQueue")
            .Description("R23: the plans you may see that are waiting for the Risk Management Panel, longest waiting first.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var plans = await Scope(c).PlansAsync(c.CancellationToken).ConfigureAwait(false);
                var waiting = plans.AsNoTracking()
                    .Where(p => p.RiskPanelReferral != null && p.RiskPanelReferral.DecidedAt == null)
                    .OrderBy(p => p.RiskPanelReferral!.ReferredAt)
                    .ThenBy(p => p.Id);
                return await Pager.ToConnectionAsync(waiting, c).ConfigureAwait(false);
            });
    }

    private static AccessScope Scope(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccessScope>();
}
