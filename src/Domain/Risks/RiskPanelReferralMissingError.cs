using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>R23, R29: the panel decides on a referral, and none is waiting for it.</summary>
[Description("R23, R29: the Risk Management Panel decides only on a referral, and none is waiting for it. The person (or their advocate) or the council refers the plan first with `referToRiskPanel`; each decision answers one referral.")]
public sealed record RiskPanelReferralMissingError()
    : DomainError("RISK_PANEL_REFERRAL_MISSING", "The plan is not waiting for the Risk Management Panel: the person or the council refers it first, and the panel then decides.");
