using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewSignatureType : ObjectGraphType<ReviewSignature>
{
    public ReviewSignatureType()
    {
        Name = "ReviewSignature";
        Description = "A signature on a review's recorded outcome (R22): who signed, in what role and when.";
        Field<NonNullGraphType<StringGraphType>>("signedByName").Description("Who signed.").Resolve(c => c.Source.SignedByName);
        Field<NonNullGraphType<ActorRoleType>>("signedByRole").Description("The role they signed in.").Resolve(c => c.Source.SignedByRole);
        Field<NonNullGraphType<DateTimeType>>("signedAt").Description("When they signed.").Resolve(c => c.Source.SignedAt);
        Field<NonNullGraphType<BooleanGraphType>>("onBehalfOfPerson").Description("True when the person's independent advocate signed on their behalf.").Resolve(c => c.Source.OnBehalfOfPerson);
    }
}
