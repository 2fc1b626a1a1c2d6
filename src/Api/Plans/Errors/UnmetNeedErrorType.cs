using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the eligible need the error names; the rest comes from <see cref="UnmetNeedError"/>.</summary>
public sealed class UnmetNeedErrorType() : DomainErrorGraphType<UnmetNeedError>(type => type
    .Loads<EligibleNeedType, EligibleNeed>("need", "The eligible need no item meets.", error => error.NeedId));
