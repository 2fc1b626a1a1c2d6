using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnknownRiskErrorType : DomainErrorGraphType<UnknownRiskError>
{
    public UnknownRiskErrorType()
        : base("UnknownRiskError", "R01, R12: the risk is not one identified in this plan's assessment. Use IDs from `CarePlan.assessment.risks`.")
    {
        Field<NonNullGraphType<IdGraphType>>("riskId").Description("The risk ID that was given.").Resolve(c => NodeId.Encode("IdentifiedRisk", c.Source.RiskId.Value));
    }
}
