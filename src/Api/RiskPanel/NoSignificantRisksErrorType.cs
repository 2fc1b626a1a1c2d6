using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Api.RiskPanel;

public sealed class NoSignificantRisksErrorType() : DomainErrorGraphType<NoSignificantRisksError>(
    "NoSignificantRisksError",
    "R23: the Risk Management Panel considers plans with significant risks, and the assessment for this plan identifies none.");
