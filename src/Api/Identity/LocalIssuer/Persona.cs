using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>A demo identity the local issuer can mint a token for (DESIGN §6).</summary>
/// <param name="Handle">The subject: a staff username, a person's reference or an organisation's handle.</param>
/// <param name="IsApplication">True for an app-only (client credentials) token, as a provider's portal would hold.</param>
public sealed record Persona(string Handle, string Name, ActorRole Role, bool IsApplication)
{
    /// <summary>For an application: the Entra ID application (client) id its tokens carry as <c>azp</c>, which names its integration.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>True for an application whose integration waits for approval: its tokens are refused.</summary>
    public bool AwaitsApproval { get; init; }

    /// <summary>The subject the API knows the caller by: the application (client) id for an application, else the handle.</summary>
    public string Subject => ClientId?.ToString() ?? Handle;
}
