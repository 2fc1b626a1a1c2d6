using System.Security.Claims;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// The principal an integration's app-only token would carry, for work the API does on an integration's behalf with no
/// request (a webhook delivery): resolved by <see cref="ClaimsCallerAccessor"/> exactly as the token would be, so the
/// integration sees what its token would see, and nothing once it is no longer approved.
/// </summary>
public static class ApplicationPrincipal
{
    public static ClaimsPrincipal For(Guid clientAppId, IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("idtyp", "app"), new Claim(options.ApplicationClaim, clientAppId.ToString())],
            authenticationType: "CarePlanGraph.Application"));
    }
}
