using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
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
            .Description("R20–R22: every review of the plan, oldest first.")
            .Resolve()
            .WithService<ReviewsByPlanLoader>()
            .Resolve((c, reviews) => reviews.Load(c.Source.Id).Then(list => list ?? []));
        type.Field<ReviewType>("openReview")
            .Description("The review under way while the plan is UNDER_REVIEW; null otherwise.")
            .Resolve()
            .WithService<ByIdLoader<Review>>()
            .Resolve((c, reviews) => c.Source.OpenReviewId is { } id ? reviews.Load(id) : null);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewRequestType>>>>("reviewRequests")
            .Description("R21: every request for a review of the plan, oldest first.")
            .Resolve()
            .WithService<ReviewRequestsByPlanLoader>()
            .Resolve((c, requests) => requests.Load(c.Source.Id).Then(list => list ?? []));
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
