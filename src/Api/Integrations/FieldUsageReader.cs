using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>Which integrations' trusted documents select which fields: what <c>fieldUsage</c> and <c>deprecatedFieldUsage</c> answer.</summary>
internal static class FieldUsageReader
{
    /// <summary>
    /// For each coordinate (<c>Type.field</c>), the integrations whose trusted documents select it, by name, each with
    /// those documents, oldest first; an empty list for a coordinate no document selects.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<FieldUsage>>> ByCoordinateAsync(CarePlanDbContext db, IReadOnlyCollection<string> coordinates, CancellationToken cancellationToken)
    {
        // Documents are few (at most TrustedDocument.MaxPerIntegration an integration) and this is an
        // administrator's occasional question: read them and match here, the same way on both databases.
        var documents = await db.TrustedDocuments.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = coordinates.ToHashSet(StringComparer.Ordinal);
        var ids = documents.Where(d => d.Coordinates.Any(wanted.Contains)).Select(d => d.IntegrationId).Distinct().ToList();
        var integrations = await db.Integrations.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken).ConfigureAwait(false);
        return wanted.ToDictionary(
            coordinate => coordinate,
            coordinate => (IReadOnlyList<FieldUsage>)[.. documents
                .Where(d => d.Coordinates.Contains(coordinate, StringComparer.Ordinal))
                .GroupBy(d => d.IntegrationId)
                .Select(g => new FieldUsage(integrations[g.Key], [.. g.OrderBy(d => d.RegisteredAt).ThenBy(d => d.DocumentId, StringComparer.Ordinal)]))
                .OrderBy(u => u.Integration.Name, StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }
}
