using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// The token claims the API reads. Roles are Entra ID app roles named <c>CarePlan.&lt;Role&gt;</c>, for users and
/// for apps alike; a user token with the API's scope and no role is the person themself.
/// </summary>
public static class CarePlanClaims
{
    public const string Scope = "CarePlans.ReadWrite";

    public const string RolePrefix = "CarePlan.";

    public static string RoleValue(ActorRole role) => RolePrefix + role;

    public static ActorRole? ParseRole(string value) =>
        value.StartsWith(RolePrefix, StringComparison.Ordinal)
        && Enum.TryParse<ActorRole>(value.AsSpan(RolePrefix.Length), out var role)
        && role is not ActorRole.System and not ActorRole.Person
            ? role
            : null;
}
