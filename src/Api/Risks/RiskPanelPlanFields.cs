using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.Risks;

/// <summary>The field the Risk Management Panel adds to <c>CarePlan</c> (R23).</summary>
internal sealed class RiskPanelPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<RiskPanelReferralType>("riskPanelReferral")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R23: the latest referral to the Risk Management Panel, pending until the panel decides (`riskPanelDecision`); null if never referred. Not for providers (R27): its reason is about the person's health.")
            .Resolve(c => c.Source.RiskPanelReferral);
    }
}
