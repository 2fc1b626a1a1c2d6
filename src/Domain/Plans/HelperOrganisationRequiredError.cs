using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>This kind of helper works for an organisation the council knows, and it must be named.</summary>
public sealed record HelperOrganisationRequiredError(HelperKind Kind)
    : DomainError("HELPER_ORGANISATION_REQUIRED", $"A helper who is an {Kind} must be recorded with their organisation.");
