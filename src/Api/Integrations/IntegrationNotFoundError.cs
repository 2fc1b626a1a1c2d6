using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Integrations;

/// <summary>An integration ID that is not one the caller may see.</summary>
[Description("The integration ID given is not one you may see: administrators see every integration, an organisation its own.")]
public sealed record IntegrationNotFoundError(
    [property: Description("The integration ID that was given.")] Id<Integration> IntegrationId)
    : DomainError("INTEGRATION_NOT_FOUND", "There is no integration with this ID that you may see.");
