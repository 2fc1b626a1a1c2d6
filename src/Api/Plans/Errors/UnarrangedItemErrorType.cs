using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the support item the error names; the rest comes from <see cref="UnarrangedItemError"/>.</summary>
public sealed class UnarrangedItemErrorType() : DomainErrorGraphType<UnarrangedItemError>(type => type
    .Loads<SupportItemType, SupportItem>("item", "The support item to complete.", error => error.ItemId));
