using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class InvitationAfterReviewDateErrorType : DomainErrorGraphType<InvitationAfterReviewDateError>
{
    public InvitationAfterReviewDateErrorType()
        : base("InvitationAfterReviewDateError", "R22: people are invited to a review in advance, telling the Key Worker; the review date has passed.")
    {
        Field<NonNullGraphType<DateType>>("reviewOn").Description("The day of the review.").Resolve(c => c.Source.ReviewOn);
    }
}
