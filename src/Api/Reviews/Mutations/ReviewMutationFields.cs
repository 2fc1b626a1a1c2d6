using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Reviews.Mutations;

/// <summary>Input and payload fields the review mutations share, and how they find their review.</summary>
internal static class ReviewMutationFields
{
    public static void PlanId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("planId")
            .Description("The plan's global ID (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");

    public static void ReviewId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("reviewId")
            .Description("The review's global ID (`Review.id`). A review you may not see is reported as `ReviewNotFoundError`.");

    /// <summary>The <c>plan</c> and <c>review</c> fields of a payload.</summary>
    public static void PlanAndReview(ObjectGraphType<MutationPayload<ReviewChange>> payload, string reviewDescription)
    {
        payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
        payload.Field<ReviewType>("review").Description(reviewDescription + " Null when the mutation was refused.").Resolve(c => c.Source.Value?.Review);
    }

    public static CaseworkRunner Runner(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CaseworkRunner>();

    /// <summary>Runs a command on the plan named by the input's <c>planId</c>.</summary>
    public static Task<MutationPayload<ReviewChange>> OnPlanAsync(
        IResolveFieldContext context,
        MutationInput input,
        PlanPermission permission,
        Func<CaseworkCommand, CancellationToken, Task<Result<ReviewChange>>> command) =>
        Runner(context).OnPlanAsync(new Id<CarePlan>(input.Id("planId", "CarePlan")), permission, command, context.CancellationToken);

    /// <summary>Runs a command on the review named by the input's <c>reviewId</c>, and its plan.</summary>
    public static async Task<MutationPayload<ReviewChange>> OnReviewAsync(
        IResolveFieldContext context,
        MutationInput input,
        PlanPermission permission,
        Func<CaseworkCommand, Review, CancellationToken, Task<Result<ReviewChange>>> command)
    {
        var reviewId = new Id<Review>(input.Id("reviewId", "Review"));
        var reviews = await context.RequestServices!.GetRequiredService<CaseworkScope>().ReviewsAsync(context.CancellationToken).ConfigureAwait(false);
        return await Runner(context).OnRecordAsync(
            reviews.Where(r => r.Id == reviewId),
            r => r.PlanId,
            new ReviewNotFoundError(reviewId),
            permission,
            command,
            context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change when the domain accepted the command; its refusals otherwise.</summary>
    public static Result<ReviewChange> Then(Result result, Func<ReviewChange> change) =>
        result.Succeeded ? Result<ReviewChange>.Ok(change()) : Result<ReviewChange>.Fail(result.Errors);

    /// <summary>The change built from the value the domain produced, or its refusals.</summary>
    public static Result<ReviewChange> Then<T>(Result<T> result, Func<T, ReviewChange> change) =>
        result.Succeeded ? Result<ReviewChange>.Ok(change(result.Value!)) : Result<ReviewChange>.Fail(result.Errors);
}
