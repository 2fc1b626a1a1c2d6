using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewDisagreementType : ObjectGraphType<ReviewDisagreement>
{
    public ReviewDisagreementType()
    {
        Name = "ReviewDisagreement";
        Description = "The person's disagreement with a review's outcome, recorded instead of signing (R22). It stays on the review, and prompted the Key Worker to contact them.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("Why they disagree, in their words.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("recordedByName").Description("Who recorded it: the person, or their advocate.").Resolve(c => c.Source.RecordedByName);
        Field<NonNullGraphType<ActorRoleType>>("recordedByRole").Description("The role they recorded it in.").Resolve(c => c.Source.RecordedByRole);
        Field<NonNullGraphType<DateTimeType>>("recordedAt").Description("When it was recorded.").Resolve(c => c.Source.RecordedAt);
    }
}
