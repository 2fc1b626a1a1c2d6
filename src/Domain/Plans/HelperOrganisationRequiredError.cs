using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>This kind of helper works for an organisation the council knows, and it must be named.</summary>
[Description("R13, R28: this kind of helper (an independent support planner) works for an organisation the council knows, and `organisationId` must name it.")]
public sealed record HelperOrganisationRequiredError(
    [property: Description("The kind of helper given.")] HelperKind Kind)
    : DomainError("HELPER_ORGANISATION_REQUIRED", $"A helper who is {PlainEnglish.Describe(Kind)} must be recorded with their organisation.");
