using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>An approval may narrow the access an integration asked for, never widen it.</summary>
[Description("An approval may narrow the access the integration asked for (READ_WRITE to READ_ONLY), never widen it.")]
public sealed record AccessWiderThanRequestedError(
    [property: Description("What the integration asked for.")] IntegrationAccess Requested,
    [property: Description("What the approval tried to grant.")] IntegrationAccess Granted)
    : DomainError("ACCESS_WIDER_THAN_REQUESTED", $"The integration asked for {PlainEnglish.Describe(Requested)} access; it cannot be granted {PlainEnglish.Describe(Granted)} access.");
