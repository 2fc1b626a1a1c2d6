using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>This way of arranging support needs the provider organisation to be named when the item is written (R04, R10).</summary>
public sealed record ProviderRequiredError(SupportArrangement Arrangement)
    : DomainError("PROVIDER_REQUIRED", $"Support arranged as {Arrangement} must name the provider organisation that holds it.");
