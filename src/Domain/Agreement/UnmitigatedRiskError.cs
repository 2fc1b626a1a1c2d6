using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R12: a risk identified in the assessment has no mitigation on this version.</summary>
[Description("R12: a risk identified in the assessment has no mitigation on this version. Record one with `recordRiskMitigation`.")]
public sealed record UnmitigatedRiskError(Id<IdentifiedRisk> RiskId, string Description, bool IsSignificant)
    : AgreementCheckError(AgreementCheck.RisksConsidered, "UNMITIGATED_RISK", $"The plan does not say how the risk \"{Description}\" will be managed.");
