using System.Security.Claims;
using CarePlanGraph.Api.Identity;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// A fresh DI scope that acts as a subscriber: its <see cref="AccessScope"/> and caller are those of the principal the
/// subscriber's connection authenticated, whatever request (or none) the code runs under.
/// </summary>
internal static class SubscriberScope
{
    /// <summary>Binds <paramref name="scopedServices"/> to <paramref name="user"/>.</summary>
    public static void Bind(IServiceProvider scopedServices, ClaimsPrincipal user) =>
        scopedServices.GetRequiredService<ClaimsCallerAccessor>().UsePrincipal(user);

    /// <summary>A new scope bound to <paramref name="user"/>; dispose it when done.</summary>
    public static AsyncServiceScope Create(IServiceScopeFactory scopes, ClaimsPrincipal user)
    {
        var scope = scopes.CreateAsyncScope();
        Bind(scope.ServiceProvider, user);
        return scope;
    }
}
