using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>This way of arranging support needs the provider organisation to be named when the item is written (R04, R10).</summary>
[Description("R04, R10: this way of arranging support (an Individual Service Fund) is held by a provider, so `providerId` must name a provider the council knows.")]
public sealed record ProviderRequiredError(
    [property: Description("The arrangement given.")] SupportArrangement Arrangement)
    : DomainError("PROVIDER_REQUIRED", $"Support {PlainEnglish.Describe(Arrangement)} must name the provider organisation that holds it.");
