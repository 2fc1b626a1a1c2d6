using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>A demo identity the local issuer can mint a token for (DESIGN §6).</summary>
/// <param name="Handle">The subject: a staff username, a person's reference or an organisation's handle.</param>
/// <param name="IsApplication">True for an app-only (client credentials) token, as a provider's portal would hold.</param>
public sealed record Persona(string Handle, string Name, ActorRole Role, bool IsApplication);
