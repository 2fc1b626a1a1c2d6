using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>R22: an advocate is assigned from an independent advocacy organisation, and this is not one.</summary>
[Description("R22: an advocate is assigned from an independent advocacy organisation (kind ADVOCACY), and this is not one.")]
public sealed record NotAnAdvocacyOrganisationError(
    [property: Description("The organisation given.")] Id<Organisation> OrganisationId,
    string Name,
    [property: Description("What that organisation is.")] OrganisationKind Kind)
    : DomainError("NOT_AN_ADVOCACY_ORGANISATION", $"{Name} is not an independent advocacy organisation; choose one that is.");
