using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>The application (client) id is not an Entra ID application id.</summary>
[Description("Give the Entra ID application (client) id the integration's tokens carry: a GUID, not all zeros.")]
public sealed record InvalidClientAppIdError()
    : DomainError("INVALID_CLIENT_APP_ID", "Give the application (client) id your app registration in Entra shows: 32 hexadecimal digits such as 6b1f0c1e-2f0d-4a8b-9d61-3b7f1e1c0a01, not all zeros.");
