using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R12, R23: a significant risk needs the Risk Management Panel's decision, and there is none yet.</summary>
[Description("R12, R23: a significant risk needs the Risk Management Panel's decision that it can be managed safely, and there is none yet. Ask the council to refer the plan to the panel.")]
public sealed record RiskPanelDecisionMissingError(Id<IdentifiedRisk> RiskId, string Description)
    : AgreementCheckError(AgreementCheck.RisksConsidered, "RISK_PANEL_DECISION_MISSING", $"The significant risk \"{Description}\" needs a Risk Management Panel decision that it can be managed safely.");
