using CarePlanGraph.Api.Graph.Relay;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class AssessmentNotFoundErrorType : DomainErrorGraphType<AssessmentNotFoundError>
{
    public AssessmentNotFoundErrorType()
        : base("AssessmentNotFoundError", "No assessment with this ID that you may see (one you may not see is reported the same way). Find a person's assessments with `Person.assessments`.")
    {
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("The assessment ID that was given.").Resolve(c => NodeId.Encode("Assessment", c.Source.AssessmentId.Value));
    }
}
