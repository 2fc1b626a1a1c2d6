using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Api.Plans;

public sealed class RiskPanelOutcomeType() : DescribedEnumType<RiskPanelOutcome>(
    "RiskPanelOutcome",
    "What the Risk Management Panel decided about a plan's significant risks (R12, R23).",
    new Dictionary<RiskPanelOutcome, string>
    {
        [RiskPanelOutcome.CanBeManagedSafely] = "The person can manage the risks safely with the plan as written.",
        [RiskPanelOutcome.ManagedWithConditions] = "The risks can be managed safely on the conditions the panel recorded.",
        [RiskPanelOutcome.CannotBeManagedSafely] = "The risks cannot be managed safely: the plan cannot be agreed as it stands.",
    });
