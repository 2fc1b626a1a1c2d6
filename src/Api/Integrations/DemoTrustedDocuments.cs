using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// The demo integrations' trusted documents (issue 15): what the providers' portals and the council website send by
/// <c>documentId</c>. Checked against the schema as <c>registerTrustedDocuments</c> checks them, so a demo document that
/// stops validating fails start-up in Development and every test, rather than at a portal.
/// </summary>
internal sealed class DemoTrustedDocuments(DocumentInspector inspector, TimeProvider time) : IDemoDataSet
{
    /// <summary>A provider's portal: its clients with a review due between two days, soonest first, and their plans' status changes.</summary>
    public static readonly IReadOnlyList<string> PortalDocuments =
    [
        "query ReviewsDue($from: Date!, $to: Date!) { plans(where: { nextReviewDue: { gte: $from, lte: $to } }, order: [{ nextReviewDue: ASC }]) { nodes { id person { preferredName } status nextReviewDue } } }",
        "subscription PlanStatus { planStatusChanged { eventId plan { id } previousStatus newStatus kind occurredAt } }",
    ];

    /// <summary>The council website: the directory of organisations.</summary>
    public static readonly IReadOnlyList<string> WebsiteDocuments =
    [
        "query Directory($kind: OrganisationKind) { organisations(kind: $kind, first: 100) { nodes { name kind } } }",
    ];

    public async Task LoadAsync(CarePlanDbContext db, Task databaseReady)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(databaseReady);
        await databaseReady.ConfigureAwait(false);
        var integrations = await db.Integrations.Where(i => i.Status == IntegrationStatus.Approved).ToListAsync().ConfigureAwait(false);
        foreach (var integration in integrations)
        {
            var documents = integration.OrganisationId is null ? WebsiteDocuments : PortalDocuments;
            var actor = new Actor("admin-jo", "Jo Bennett", ActorRole.Administrator);
            for (var i = 0; i < documents.Count; i++)
            {
                var inspection = await inspector.InspectAsync(documents[i], CancellationToken.None).ConfigureAwait(false);
                if (!inspection.IsValid)
                {
                    throw new InvalidOperationException($"Demo trusted document {i} does not validate: {string.Join("; ", inspection.Problems)}");
                }

                var checkedDocument = new CheckedDocument(inspection.Id, documents[i], inspection.OperationNames, inspection.Coordinates);
                var result = TrustedDocument.Register(integration, checkedDocument, i, actor, time.GetUtcNow());
                db.TrustedDocuments.Add(result.Value ?? throw new InvalidOperationException("Demo trusted document refused: " + string.Join("; ", result.Errors.Select(e => e.Message))));
            }
        }

        await db.SaveChangesAsync().ConfigureAwait(false);
    }
}
