using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// Until real sign-in lands, Development and Testing treat every caller as an administrator so the API
/// can be explored. Registration refuses it in any other environment (see IdentityServiceCollectionExtensions).
/// </summary>
internal sealed class DevelopmentStandInCallerAccessor : ICallerAccessor
{
    private static readonly Caller StandIn = new("development-stand-in", "Development administrator", ActorRole.Administrator, null, null, null);

    public Task<Caller?> GetCallerAsync(CancellationToken cancellationToken) => Task.FromResult<Caller?>(StandIn);
}
