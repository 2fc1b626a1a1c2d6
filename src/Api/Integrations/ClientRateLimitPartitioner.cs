using CarePlanGraph.Api.Graph.Transport.RateLimiting;
using CarePlanGraph.Api.Identity;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Issue 15: whose rate limit a request spends. An app-only token spends its integration's (by application id, the
/// <c>azp</c> claim, section <c>RateLimits:Integration</c>); a user token its user's (by subject, <c>RateLimits:User</c>);
/// an anonymous request its address's (<c>RateLimits:Anonymous</c>). Authentication has already refused unknown or
/// unapproved callers, so an authenticated principal here is someone the council knows.
/// </summary>
internal sealed class ClientRateLimitPartitioner(IOptions<IdentityOptions> options, IntegrationUsageRecorder usage) : IClientPartitioner
{
    public const string Integration = "Integration";
    public const string User = "User";
    public const string Anonymous = "Anonymous";

    private readonly IdentityOptions _options = options.Value;

    public ClientPartition Partition(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            // The same test as ClaimsCallerAccessor: app-only tokens say so (idtyp) or carry no delegated scope.
            var isApplication = user.FindFirst("idtyp")?.Value == "app" || !user.HasClaim(c => c.Type == "scp");
            var key = user.FindFirst(isApplication ? _options.ApplicationClaim : _options.SubjectClaim)?.Value;
            if (!string.IsNullOrEmpty(key))
            {
                return new ClientPartition(isApplication ? Integration : User, key);
            }
        }

        // Behind a proxy the address is the proxy's unless forwarded headers are configured (ForwardedHeadersOptions).
        return new ClientPartition(Anonymous, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    public void Rejected(ClientPartition partition)
    {
        if (partition.Kind == Integration)
        {
            usage.Throttled(partition.Key);
        }
    }
}
