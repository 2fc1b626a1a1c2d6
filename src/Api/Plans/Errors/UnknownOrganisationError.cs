using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>A helper names an organisation the council does not know (R13).</summary>
[Description("R13: the helper's `organisationId` is not an organisation the council knows. Use the ID of a known organisation, or leave it out for family or friends.")]
public sealed record UnknownOrganisationError(
    [property: Description("The organisation ID that was given.")] Id<Organisation> OrganisationId)
    : DomainError("UNKNOWN_ORGANISATION", "The helper's organisation is not one the council knows. Use the ID of a known organisation, or leave it out for a family member or friend.");
