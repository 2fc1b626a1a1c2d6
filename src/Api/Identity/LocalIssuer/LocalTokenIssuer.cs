using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>
/// Mints RS256 access tokens shaped like Entra ID v2 tokens (iss, aud, ver, sub, name, scp or roles),
/// so the same JWT handler and authorization code run in Development, in tests and in production.
/// </summary>
public sealed class LocalTokenIssuer(IOptions<LocalIssuerOptions> options, IHostEnvironment environment)
{
    private readonly LocalIssuerOptions _options = options.Value;
    private readonly Lazy<RsaSecurityKey> _key = new(() => LocalSigningKey.LoadOrCreate(Path.Combine(environment.ContentRootPath, options.Value.KeyPath)));

    public SecurityKey SigningKey => _key.Value;

    public string Issue(Persona persona, TimeSpan? lifetime = null, string? audience = null, bool withScopeOrRole = true)
    {
        ArgumentNullException.ThrowIfNull(persona);
        // Token lifetimes are real-world time, checked by the JWT handler against the system clock,
        // independent of the domain's injected clock.
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? _options.TokenLifetime);
        var issuedAt = expires < now ? expires.AddMinutes(-10) : now.AddMinutes(-1);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = persona.Subject,
            ["name"] = persona.Name,
            ["ver"] = "2.0",
            ["oid"] = persona.Subject,
            ["azp"] = persona.Subject,
        };
        if (withScopeOrRole)
        {
            if (!persona.IsApplication)
            {
                claims["scp"] = CarePlanClaims.Scope;
            }

            if (persona.Role is not Domain.Common.ActorRole.Person)
            {
                claims["roles"] = new[] { CarePlanClaims.RoleValue(persona.Role) };
            }
        }

        if (persona.IsApplication)
        {
            claims["idtyp"] = "app";
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = audience ?? _options.Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
