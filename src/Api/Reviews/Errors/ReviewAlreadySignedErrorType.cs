using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewAlreadySignedErrorType : DomainErrorGraphType<ReviewAlreadySignedError>
{
    public ReviewAlreadySignedErrorType()
        : base("ReviewAlreadySignedError", "R22: this party has already signed the review.")
    {
        Field<NonNullGraphType<ReviewPartyType>>("party").Description("The party who already signed.").Resolve(c => c.Source.Party);
        Field<NonNullGraphType<StringGraphType>>("signedByName").Description("Who signed for them.").Resolve(c => c.Source.SignedByName);
    }
}
