using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Reviews;

/// <summary>The Key Worker's list of reviews due (R20): <c>plansDueForReview</c>, and the older plain list <c>reviewsDue</c>.</summary>
public static class ReviewQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanType>>>>("reviewsDue")
            .Description("R20: the plans you may see (for a Key Worker, their caseload) whose next review is due on or before `before`, soonest first: ACTIVE ones waiting for a review to start, and UNDER_REVIEW ones whose review is under way.")
            .Argument<NonNullGraphType<DateType>>("before", "The last due date to include, e.g. the end of next month.")
            .DeprecationReason("Use `plansDueForReview(dueBy:)`: the same plans as a connection (paging, `where`, `order`); this field's `before` clashes with the cursor argument of that name.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var before = c.GetArgument<DateOnly>("before");
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await DueBy(plans.AsNoTracking(), before)
                    .OrderBy(p => p.NextReviewDue)
                    .ThenBy(p => p.Id)
                    .ToListAsync(c.CancellationToken)
                    .ConfigureAwait(false);
            });
        query.Field<ConnectionGraphType<CarePlanType, CarePlan>>("plansDueForReview")
            .Description("R20: the plans you may see (for a Key Worker, their caseload; for a provider, the plans it provides for) whose next review is due on or before `dueBy`: ACTIVE ones waiting for a review to start, and UNDER_REVIEW ones whose review is under way. Next review due soonest first, then ID (change it with `order`). "
                + "Filter (`where`) on: status, createdAt, supportInPlaceOn, nextReviewDue, person; and, not for providers (refused with AUTH_FIELD_FORBIDDEN), the budget, personal budget and assessed contribution in pence. Sort on: createdAt, supportInPlaceOn, nextReviewDue; and, not for providers, the budget and personal budget.")
            .Argument<NonNullGraphType<DateType>>("dueBy", "The last due date to include, e.g. the end of next month.")
            .ConnectionArguments(PlansDueForReviewConnection.Definition)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(DueBy(plans.AsNoTracking(), c.GetArgument<DateOnly>("dueBy")), c, PlansDueForReviewConnection.Definition).ConfigureAwait(false);
            });
    }

    /// <summary>The selection both fields share: due on or before <paramref name="dueBy"/>, active or under review.</summary>
    private static IQueryable<CarePlan> DueBy(IQueryable<CarePlan> plans, DateOnly dueBy) =>
        plans.Where(p => (p.Status == PlanStatus.Active || p.Status == PlanStatus.UnderReview) && p.NextReviewDue != null && p.NextReviewDue <= dueBy);
}
