using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>A risk ID that is not one of the risks identified in the plan's assessment (R01, R12).</summary>
public sealed record UnknownRiskError(Id<IdentifiedRisk> RiskId)
    : DomainError("UNKNOWN_RISK", $"Risk {RiskId} is not one of the risks identified in this plan's assessment.");
