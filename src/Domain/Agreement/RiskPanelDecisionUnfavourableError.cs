using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R12, R23: the Risk Management Panel decided the plan's significant risks cannot be managed safely.</summary>
[Description("R12, R23: the Risk Management Panel decided the plan's significant risks cannot be managed safely. Change the plan to address the panel's rationale and ask for a new decision.")]
public sealed record RiskPanelDecisionUnfavourableError(
    [property: Description("What the panel decided."), Display(Name = "panelOutcome")] RiskPanelOutcome Outcome,
    [property: Description("When the panel decided.")] DateTimeOffset DecidedAt,
    [property: Description("The panel's reasons.")] string Rationale)
    : AgreementCheckError(AgreementCheck.RisksConsidered, "RISK_PANEL_DECISION_UNFAVOURABLE", $"The Risk Management Panel decided the significant risks cannot be managed safely: {Rationale}");
