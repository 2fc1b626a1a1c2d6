using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.RiskPanel;

/// <summary>The field the Risk Management Panel adds to <c>CarePlan</c> (R23).</summary>
internal sealed class RiskPanelPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<RiskPanelReferralType>("riskPanelReferral")
            .Description("R23: the latest referral to the Risk Management Panel, pending until the panel decides (`riskPanelDecision`); null if never referred.")
            .Resolve(c => c.Source.RiskPanelReferral);
    }
}
