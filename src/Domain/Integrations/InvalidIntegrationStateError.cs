using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>The integration's status does not allow this (approving one already approved, reinstating one not suspended).</summary>
[Description("The integration's status does not allow this: a PENDING one is approved or refused, an APPROVED one suspended, a SUSPENDED one reinstated.")]
public sealed record InvalidIntegrationStateError(
    [property: Description("The integration's status when it was refused.")] IntegrationStatus Status,
    [property: Description("What was refused, in words.")] string Action)
    : DomainError("INVALID_INTEGRATION_STATE", $"An integration that is {PlainEnglish.Describe(Status)} cannot {PlainEnglish.Clause(Action)}.");
