namespace CarePlanGraph.Domain.Risks;

/// <summary>What the Risk Management Panel decided about a plan's significant risks (R12, R23) [B].</summary>
public enum RiskPanelOutcome
{
    /// <summary>The person can manage the risks safely with the plan as written.</summary>
    CanBeManagedSafely,

    /// <summary>The risks can be managed safely on the conditions the panel recorded.</summary>
    ManagedWithConditions,

    /// <summary>The risks cannot be managed safely: the plan cannot be agreed as it stands.</summary>
    CannotBeManagedSafely,
}
