using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewNotFoundErrorType : DomainErrorGraphType<ReviewNotFoundError>
{
    public ReviewNotFoundErrorType()
        : base("ReviewNotFoundError", "No review with this ID that you may see. A review you may not see is reported the same way as one that does not exist.")
    {
        Field<NonNullGraphType<IdGraphType>>("reviewId").Description("The review ID that was given.").Resolve(c => NodeId.Encode("Review", c.Source.ReviewId.Value));
    }
}
