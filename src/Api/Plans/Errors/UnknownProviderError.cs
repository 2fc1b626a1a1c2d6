using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>A support item names a provider organisation the council does not know as a service provider (R04, R10).</summary>
public sealed record UnknownProviderError(Id<Organisation> ProviderId)
    : DomainError("UNKNOWN_PROVIDER", "The provider is not a service provider the council knows. Leave `providerId` out and name the provider in `providerName` instead, or use the ID of a known provider.");
