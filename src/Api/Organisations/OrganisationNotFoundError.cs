using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Organisations;

/// <summary>An organisation ID that is not one the council knows.</summary>
public sealed record OrganisationNotFoundError(Id<Organisation> OrganisationId)
    : DomainError("ORGANISATION_NOT_FOUND", "There is no organisation with this ID that the council knows. Use an `Organisation.id`.");
