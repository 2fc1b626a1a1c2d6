using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewRequestNotFoundErrorType : DomainErrorGraphType<ReviewRequestNotFoundError>
{
    public ReviewRequestNotFoundErrorType()
        : base("ReviewRequestNotFoundError", "No review request with this ID that you may see. One you may not see is reported the same way as one that does not exist.")
    {
        Field<NonNullGraphType<IdGraphType>>("reviewRequestId").Description("The review request ID that was given.").Resolve(c => NodeId.Encode("ReviewRequest", c.Source.RequestId.Value));
    }
}
