using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>The application (client) id is not an Entra ID application id.</summary>
[Description("Give the Entra ID application (client) id the integration's tokens carry: a GUID, not all zeros.")]
public sealed record InvalidClientAppIdError()
    : DomainError("INVALID_CLIENT_APP_ID", "Give the Entra ID application (client) id: a GUID, not all zeros.");
