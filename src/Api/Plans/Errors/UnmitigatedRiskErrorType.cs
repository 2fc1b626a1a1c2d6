using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the risk the error names; the rest comes from <see cref="UnmitigatedRiskError"/>.</summary>
public sealed class UnmitigatedRiskErrorType() : DomainErrorGraphType<UnmitigatedRiskError>(type => type
    .Loads<IdentifiedRiskType, IdentifiedRisk>("risk", "The risk the plan does not yet say how it will manage.", error => error.RiskId));
