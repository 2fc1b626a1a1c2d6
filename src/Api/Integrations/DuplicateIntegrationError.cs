using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Integrations;

/// <summary>Another integration already uses this application (client) id.</summary>
[Description("An integration is already registered with this Entra ID application (client) id: one application, one integration. Ask about the existing one, or register another application.")]
public sealed record DuplicateIntegrationError(
    [property: Description("The application (client) id given.")] string ClientAppId)
    : DomainError("DUPLICATE_INTEGRATION", "An integration is already registered with this application (client) id.");
