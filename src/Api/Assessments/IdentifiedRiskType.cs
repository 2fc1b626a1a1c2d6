using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

public sealed class IdentifiedRiskType : ObjectGraphType<IdentifiedRisk>
{
    public IdentifiedRiskType()
    {
        Name = "IdentifiedRisk";
        Description = "A risk identified at assessment. Each needs a mitigation in the plan; a significant one also needs a Risk Management Panel decision.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The risk's ID.").Resolve(c => NodeId.Encode(Name, c.Source.Id.Value));
        Field<NonNullGraphType<StringGraphType>>("description").Description("The risk in the assessment's words.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<BooleanGraphType>>("isSignificant").Description("True when the risk is significant and needs the Risk Management Panel.").Resolve(c => c.Source.IsSignificant);
    }
}
