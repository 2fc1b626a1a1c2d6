using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Mutations;

/// <summary>Input and payload fields the review mutations share, and how they find their review.</summary>
internal static class ReviewMutationFields
{
    public static void ReviewId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("reviewId")
            .Description("The review's global ID (`Review.id`). A review you may not see is reported as `ReviewNotFoundError`.");

    /// <summary>The <c>plan</c> and <c>review</c> fields of a payload.</summary>
    public static void PlanAndReview(ObjectGraphType<MutationPayload<ReviewChange>> payload, string reviewDescription)
    {
        payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
        payload.Field<ReviewType>("review").Description(reviewDescription + " Null when the mutation was refused.").Resolve(c => c.Source.Value?.Review);
    }

    /// <summary>Runs a command on the review <paramref name="reviewId"/>, found among those the caller may see, and its plan.</summary>
    public static Task<MutationPayload<ReviewChange>> OnReviewAsync(
        ChangeRunner runner,
        Id<Review> reviewId,
        PlanPermission permission,
        Func<ChangeContext, Review, CancellationToken, Task<Result<ReviewChange>>> command,
        CancellationToken cancellationToken) =>
        runner.OnRecordAsync((scope, token) => scope.ReviewsAsync(token), r => r.Id == reviewId, new ReviewNotFoundError(reviewId), permission, command, cancellationToken);
}
