using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class RiskPanelDecisionMissingErrorType : AgreementCheckErrorGraphType<RiskPanelDecisionMissingError>
{
    public RiskPanelDecisionMissingErrorType()
        : base("RiskPanelDecisionMissingError", "R12, R23: a significant risk needs the Risk Management Panel's decision that it can be managed safely, and there is none yet. Ask the council to refer the plan to the panel.")
    {
        Field<NonNullGraphType<IdentifiedRiskType>>("risk")
            .Description("The significant risk awaiting the panel.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<IdentifiedRisk>>().Load(c.Source.RiskId));
    }
}
