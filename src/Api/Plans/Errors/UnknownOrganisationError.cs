using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>A helper names an organisation the council does not know (R13).</summary>
public sealed record UnknownOrganisationError(Id<Organisation> OrganisationId)
    : DomainError("UNKNOWN_ORGANISATION", "The helper's organisation is not one the council knows. Use the ID of a known organisation, or leave it out for a family member or friend.");
