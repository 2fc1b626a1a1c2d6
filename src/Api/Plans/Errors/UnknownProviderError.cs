using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>A support item names a provider organisation the council does not know as a service provider (R04, R10).</summary>
[Description("R04, R10: `providerId` is not a service provider the council knows. Use the ID of a known provider organisation, or leave `providerId` out and name the provider in `providerName`.")]
public sealed record UnknownProviderError(
    [property: Description("The provider ID that was given.")] Id<Organisation> ProviderId)
    : DomainError("UNKNOWN_PROVIDER", "The provider is not a service provider the council knows. Leave `providerId` out and name the provider in `providerName` instead, or use the ID of a known provider.");
