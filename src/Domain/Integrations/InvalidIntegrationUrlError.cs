using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>An origin or webhook URL the council will not use.</summary>
[Description("An origin or webhook URL is not acceptable: it must be an absolute https URL (http only in Development); an origin is scheme, host and port only; a webhook may not point at a private, loopback or link-local address outside Development.")]
public sealed record InvalidIntegrationUrlError(
    [property: Description("The input field, e.g. `origins[1]`.")] string Field,
    [property: Description("The value given.")] string Value,
    [property: Description("What is wrong with it, in words.")] string Reason)
    : DomainError("INVALID_INTEGRATION_URL", $"{Field} ({Value}) {PlainEnglish.Clause(Reason)}.");
