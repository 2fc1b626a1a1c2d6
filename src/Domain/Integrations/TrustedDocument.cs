using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>
/// An operation an integration registered as one its client sends (issue 15): its text, kept by its id
/// (<c>sha256:</c> and the hex SHA-256 of the text), with the operations it names and the schema coordinates
/// (<c>Type.field</c>) it selects, so the council can see who uses a field before changing it. Integrations send
/// the id (<c>documentId</c>) instead of the text.
/// </summary>
public sealed class TrustedDocument
{
    /// <summary>How many documents one registration may carry.</summary>
    public const int MaxPerRegistration = 50;

    /// <summary>How many documents one integration may have registered in all.</summary>
    public const int MaxPerIntegration = 500;

    public const int MaxIdLength = 71;

    private readonly List<string> _operationNames = [];
    private readonly List<string> _coordinates = [];

    private TrustedDocument()
    {
        DocumentId = string.Empty;
        Text = string.Empty;
        RegisteredBySubject = string.Empty;
        RegisteredByName = string.Empty;
    }

    private TrustedDocument(Id<Integration> integrationId, string documentId, string text, IEnumerable<string> operationNames, IEnumerable<string> coordinates, Actor actor, DateTimeOffset now)
    {
        IntegrationId = integrationId;
        DocumentId = documentId;
        Text = text;
        _operationNames.AddRange(operationNames);
        _coordinates.AddRange(coordinates);
        RegisteredAt = now;
        RegisteredBySubject = actor.Subject;
        RegisteredByName = actor.Name;
    }

    public Id<Integration> IntegrationId { get; private set; }

    /// <summary>The id clients send as <c>documentId</c>: <c>sha256:</c> and 64 lowercase hex digits.</summary>
    public string DocumentId { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<string> OperationNames => _operationNames;

    /// <summary>The schema coordinates the document selects, e.g. <c>CarePlan.budget</c>.</summary>
    public IReadOnlyList<string> Coordinates => _coordinates;

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBySubject { get; private set; }

    public string RegisteredByName { get; private set; }

    /// <summary>
    /// Trusts a document for <paramref name="integration"/>, checked against the schema by the caller (the domain
    /// cannot see the schema). Refused when the integration would hold more than <see cref="MaxPerIntegration"/>.
    /// </summary>
    public static Result<TrustedDocument> Register(Integration integration, CheckedDocument document, int alreadyHeld, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(integration);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        if (alreadyHeld >= MaxPerIntegration)
        {
            return Result<TrustedDocument>.Fail(new TooManyTrustedDocumentsError(MaxPerIntegration, MaxPerRegistration));
        }

        return Result<TrustedDocument>.Ok(new TrustedDocument(integration.Id, document.DocumentId, document.Text, document.OperationNames, document.Coordinates, actor, now));
    }
}

/// <summary>A document already checked against the schema: its id, text, operation names and the coordinates it selects.</summary>
public sealed record CheckedDocument(string DocumentId, string Text, IReadOnlyList<string> OperationNames, IReadOnlyList<string> Coordinates);
