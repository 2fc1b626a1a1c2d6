using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>R22: an advocate is assigned from an independent advocacy organisation, and this is not one.</summary>
public sealed record NotAnAdvocacyOrganisationError(Id<Organisation> OrganisationId, string Name, OrganisationKind Kind)
    : DomainError("NOT_AN_ADVOCACY_ORGANISATION", $"{Name} is not an independent advocacy organisation; choose one that is.");
