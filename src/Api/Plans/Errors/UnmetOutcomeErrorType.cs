using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the desired outcome the error names; the rest comes from <see cref="UnmetOutcomeError"/>.</summary>
public sealed class UnmetOutcomeErrorType() : DomainErrorGraphType<UnmetOutcomeError>(type => type
    .Loads<DesiredOutcomeType, DesiredOutcome>("outcome", "The desired outcome no item works towards.", error => error.OutcomeId));
