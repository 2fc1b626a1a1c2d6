using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewRequestAlreadyDecidedErrorType : DomainErrorGraphType<ReviewRequestAlreadyDecidedError>
{
    public ReviewRequestAlreadyDecidedErrorType()
        : base("ReviewRequestAlreadyDecidedError", "R21: the review request was already accepted or declined; a request is decided once.")
    {
        Field<NonNullGraphType<ReviewRequestStatusType>>("status").Description("How it was decided.").Resolve(c => c.Source.Status);
    }
}
