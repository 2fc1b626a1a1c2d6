namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>
/// The development token issuer (configuration section "LocalIssuer"). It lets the API run and be tested with
/// no network and no Entra ID tenant. Start-up refuses it outside Development and Testing.
/// </summary>
public sealed class LocalIssuerOptions
{
    public const string Section = "LocalIssuer";

    public bool Enabled { get; set; }

    public string Issuer { get; set; } = "https://careplangraph.local/dev-issuer/v2.0";

    public string Audience { get; set; } = "api://careplangraph-local";

    /// <summary>Where the RSA signing key is kept, relative to the content root; created on first use.</summary>
    public string KeyPath { get; set; } = "data/dev-signing-key.json";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
