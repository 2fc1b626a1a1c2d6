using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.RiskPanel;

public sealed class RiskPanelReferralPendingErrorType : DomainErrorGraphType<RiskPanelReferralPendingError>
{
    public RiskPanelReferralPendingErrorType()
        : base("RiskPanelReferralPendingError", "R23: the plan is already waiting for the Risk Management Panel's decision.")
    {
        Field<NonNullGraphType<DateTimeType>>("referredAt").Description("When it was referred.").Resolve(c => c.Source.ReferredAt);
    }
}
