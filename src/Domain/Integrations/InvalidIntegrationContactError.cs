using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>The contacts are missing, too many, or one has no name or a malformed email address.</summary>
[Description("Give between 1 and 10 contacts, each with a name and an email address (something@domain).")]
public sealed record InvalidIntegrationContactError(
    [property: Description("The input field, e.g. `contacts[0].email`.")] string Field,
    [property: Description("What is wrong, in words.")] string Reason)
    : DomainError("INVALID_INTEGRATION_CONTACT", $"The contacts cannot be used ({Field}): {PlainEnglish.Clause(Reason)}.");
