using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>R23: the plan is already waiting for the Risk Management Panel.</summary>
[Description("R23: the plan is already waiting for the Risk Management Panel's decision.")]
public sealed record RiskPanelReferralPendingError(
    [property: Description("When it was referred.")] DateTimeOffset ReferredAt)
    : DomainError("RISK_PANEL_REFERRAL_PENDING", $"The plan was referred to the Risk Management Panel on {ReferredAt:yyyy-MM-dd} and is waiting for its decision.");
