using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>A risk ID that is not one of the risks identified in the plan's assessment (R01, R12).</summary>
[Description("R01, R12: the risk is not one identified in this plan's assessment. Use IDs from `CarePlan.assessment.risks`.")]
public sealed record UnknownRiskError(
    [property: Description("The risk ID that was given.")] Id<IdentifiedRisk> RiskId)
    : DomainError("UNKNOWN_RISK", $"Risk {RiskId} is not one of the risks identified in this plan's assessment.");
