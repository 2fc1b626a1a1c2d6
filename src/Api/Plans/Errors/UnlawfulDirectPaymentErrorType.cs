using CarePlanGraph.Api.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the support item the error names; the rest comes from <see cref="UnlawfulDirectPaymentError"/>.</summary>
public sealed class UnlawfulDirectPaymentErrorType() : DomainErrorGraphType<UnlawfulDirectPaymentError>(type => type
    .Loads<SupportItemType, SupportItem>("item", "The support item that pays a relative.", error => error.ItemId));
