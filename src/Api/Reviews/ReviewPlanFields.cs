using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

/// <summary>The fields reviews add to <c>CarePlan</c> (R20–R22).</summary>
internal sealed class ReviewPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Description("R20–R22: every review of the plan, oldest first. A carer sees those the person shares with them or invited them to (R33).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ReviewsByPlanLoader>()
            .ResolveAsync(async (c, scope, reviews) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return reviews.Load(c.Source.Id).Then(list => AccessScope.VisibleReviews(caller, list ?? []));
            });
        type.Field<ReviewType>("openReview")
            .Description("The review under way while the plan is UNDER_REVIEW; null otherwise (and for a carer the review is not shared with, R33).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ByIdLoader<Review>>()
            .ResolveAsync(async (c, scope, reviews) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return c.Source.OpenReviewId is { } id ? reviews.Load(id).Then(review => review is not null && AccessScope.SeesReview(caller, review) ? review : null) : null;
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewRequestType>>>>("reviewRequests")
            .Description("R21: every request for a review of the plan, oldest first. A carer sees those they made, and the rest if the person shares reviews with them (R33).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ReviewRequestsByPlanLoader>()
            .ResolveAsync(async (c, scope, requests) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return requests.Load(c.Source.Id).Then(list => AccessScope.VisibleReviewRequests(caller, list ?? []));
            });
        type.Field<ReviewKindType>("nextReviewKind")
            .Description("R20: which planned review `nextReviewDue` is for: FIRST, DIRECT_PAYMENT or ANNUAL. Null until support is in place.")
            .Resolve(c => c.Source.NextReviewDue is null ? null : c.Source.DueReviewKind);
        type.Field<DateType>("directPaymentReviewDue")
            .Description("R20: when the Direct Payment must be reviewed (within 6 months of it starting), while that review is still to be held; null otherwise.")
            .Resolve(c => c.Source.DirectPaymentReviewDue);
        type.Field<DateType>("lastReviewCompletedOn")
            .Description("When the last review was completed (signed by both).")
            .Resolve(c => c.Source.LastReviewCompletedOn);
        type.Field<NonNullGraphType<BooleanGraphType>>("reviewOverdue")
            .Description("True when the plan is ACTIVE, its next review was due before today, and no review has started.")
            .Resolve()
            .WithService<TimeProvider>()
            .Resolve((c, time) => c.Source.Status == PlanStatus.Active
                && c.Source.NextReviewDue is { } due
                && due < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
