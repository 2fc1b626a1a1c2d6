using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class InvalidReviewStateErrorType : DomainErrorGraphType<InvalidReviewStateError>
{
    public InvalidReviewStateErrorType()
        : base("InvalidReviewStateError", "R22: the review's status does not allow this now (e.g. signing before the outcome is recorded, inviting after it is). Reload the review and check `status`.")
    {
        Field<NonNullGraphType<ReviewStatusType>>("status").Description("The review's status when it was refused.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("action").Description("What was refused, in words.").Resolve(c => c.Source.Action);
    }
}
