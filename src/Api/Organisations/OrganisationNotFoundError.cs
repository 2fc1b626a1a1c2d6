using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Organisations;

/// <summary>An organisation ID that is not one the council knows.</summary>
[Description("The organisation ID given is not one the council knows. Use an `Organisation.id`.")]
public sealed record OrganisationNotFoundError(
    [property: Description("The organisation ID that was given.")] Id<Organisation> OrganisationId)
    : DomainError("ORGANISATION_NOT_FOUND", "There is no organisation with this ID that the council knows. Use an `Organisation.id`.");
