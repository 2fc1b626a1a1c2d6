using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using GraphQL.PersistedDocuments;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Finds the text behind a request's <c>documentId</c> among the calling integration's own trusted documents.
/// Anyone else (people, staff, another integration) finds nothing: an id is never resolved across integrations, so
/// one integration cannot learn which documents another registered.
/// </summary>
internal sealed class TrustedDocumentLoader(ICallerAccessor callers, CarePlanDbContext db) : IPersistedDocumentLoader
{
    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        if (documentIdPrefix != DocumentHash.Prefix
            || await callers.GetCallerAsync(cancellationToken).ConfigureAwait(false) is not { IntegrationId: { } integration })
        {
            return null;
        }

        var id = DocumentHash.Prefix + ":" + documentIdPayload;
        return await db.TrustedDocuments.AsNoTracking()
            .Where(d => d.IntegrationId == integration && d.DocumentId == id)
            .Select(d => d.Text)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
