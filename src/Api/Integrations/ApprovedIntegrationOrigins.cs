using CarePlanGraph.Api.Graph.Transport.Cors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Issue 15: browsers may call the API from the origins of APPROVED integrations only; a pending, refused or suspended
/// integration's origins are not allowed (within <c>Cors:CacheFor</c> of the decision).
/// </summary>
internal sealed class ApprovedIntegrationOrigins(CarePlanDbContext db) : IAllowedOriginSource
{
    public async Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken)
    {
        // A handful of integrations: their origins are a column of each, read whole.
        var approved = await db.Integrations.AsNoTracking().Where(i => i.Status == IntegrationStatus.Approved).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. approved.SelectMany(i => i.Origins)];
    }
}
