using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R12, R23: the Risk Management Panel decided the plan's significant risks cannot be managed safely.</summary>
public sealed record RiskPanelDecisionUnfavourableError(RiskPanelOutcome Outcome, DateTimeOffset DecidedAt, string Rationale)
    : AgreementCheckError(AgreementCheck.RisksConsidered, "RISK_PANEL_DECISION_UNFAVOURABLE", $"The Risk Management Panel decided the significant risks cannot be managed safely: {Rationale}");
