using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Registers an integration's trusted documents, all or none: each is checked against the current schema
/// (<see cref="DocumentInspector"/>) and every problem is reported with the document's index. A document already
/// trusted is left as it is, so registering the same set again changes nothing.
/// </summary>
internal sealed class TrustedDocumentRegistrar(CarePlanDbContext db, DocumentInspector inspector)
{
    public async Task<Result<TrustedDocumentRegistration>> RegisterAsync(ChangeContext change, Integration integration, IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        if (documents.Count > TrustedDocument.MaxPerRegistration)
        {
            return Result<TrustedDocumentRegistration>.Fail(new TooManyTrustedDocumentsError(TrustedDocument.MaxPerIntegration, TrustedDocument.MaxPerRegistration));
        }

        var errors = new List<DomainError>();
        var checkedDocuments = new List<CheckedDocument>();
        for (var index = 0; index < documents.Count; index++)
        {
            var inspection = await inspector.InspectAsync(documents[index], cancellationToken).ConfigureAwait(false);
            if (inspection.IsValid)
            {
                checkedDocuments.Add(new CheckedDocument(inspection.Id, documents[index], inspection.OperationNames, inspection.Coordinates));
            }
            else
            {
                errors.Add(new InvalidTrustedDocumentError(index, PlainEnglish.List(inspection.Problems)));
            }
        }

        if (errors.Count > 0)
        {
            return Result<TrustedDocumentRegistration>.Fail(errors);
        }

        var held = await db.TrustedDocuments.Where(d => d.IntegrationId == integration.Id).Select(d => d.DocumentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var trusted = new HashSet<string>(held, StringComparer.Ordinal);
        foreach (var document in checkedDocuments.Where(d => !trusted.Contains(d.DocumentId)))
        {
            var result = TrustedDocument.Register(integration, document, trusted.Count, change.Actor, change.Now);
            if (!result.Succeeded)
            {
                return Result<TrustedDocumentRegistration>.Fail(result.Errors);
            }

            trusted.Add(document.DocumentId);
            change.Add(result.Value!);
        }

        return Result<TrustedDocumentRegistration>.Ok(new TrustedDocumentRegistration(integration, [.. checkedDocuments.Select(d => d.DocumentId)]));
    }
}

/// <summary>What registering trusted documents answers: the integration, and the ids of the documents in the order sent.</summary>
public sealed record TrustedDocumentRegistration(Integration Integration, IReadOnlyList<string> DocumentIds);
