using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Reviews;

/// <summary>The Key Worker's list of reviews due (R20).</summary>
public static class ReviewQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanType>>>>("reviewsDue")
            .Description("R20: the plans you may see (for a Key Worker, their caseload) whose next review is due on or before `before`, soonest first: ACTIVE ones waiting for a review to start, and UNDER_REVIEW ones whose review is under way.")
            .Argument<NonNullGraphType<DateType>>("before", "The last due date to include, e.g. the end of next month.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var before = c.GetArgument<DateOnly>("before");
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await plans
                    .AsNoTracking()
                    .Where(p => (p.Status == PlanStatus.Active || p.Status == PlanStatus.UnderReview) && p.NextReviewDue != null && p.NextReviewDue <= before)
                    .OrderBy(p => p.NextReviewDue)
                    .ThenBy(p => p.Id)
                    .ToListAsync(c.CancellationToken)
                    .ConfigureAwait(false);
            });
    }
}
