using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the risk the error names; the rest comes from <see cref="RiskPanelDecisionMissingError"/>.</summary>
public sealed class RiskPanelDecisionMissingErrorType() : DomainErrorGraphType<RiskPanelDecisionMissingError>(type => type
    .Loads<IdentifiedRiskType, IdentifiedRisk>("risk", "The significant risk awaiting the panel.", error => error.RiskId));
