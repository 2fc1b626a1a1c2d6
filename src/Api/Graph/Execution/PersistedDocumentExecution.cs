using GraphQL;
using GraphQL.PersistedDocuments;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// GraphQL.NET's persisted-document handler (requests carrying <c>documentId</c>), with ad-hoc documents still let
/// through (whether a caller may send one is decided elsewhere) and messages that say what to do. Runs before the
/// document cache, so a loaded document is cached by its text like any other.
/// </summary>
internal sealed class PersistedDocumentExecution() : PersistedDocumentHandler(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false })
{
    public override float SortOrder => 150;

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) => new(error switch
    {
        DocumentNotFoundError => new ExecutionError("No trusted document has this documentId for the caller. Register the document first (its id is \"sha256:\" and the lowercase hex SHA-256 of its UTF-8 text), then send that id.") { Code = "DOCUMENT_NOT_FOUND" },
        DocumentIdInvalidError => new ExecutionError("'documentId' must be \"sha256:\" followed by 64 lowercase hexadecimal digits (the SHA-256 of the document's UTF-8 text).") { Code = "DOCUMENT_ID_INVALID" },
        InvalidRequestError => new ExecutionError("Send either 'query' (the document) or 'documentId' (a trusted document's id), not both.") { Code = "INVALID_REQUEST" },
        DocumentIdMissingError => new ExecutionError("The request has neither 'query' nor 'documentId'.") { Code = "DOCUMENT_ID_MISSING" },
        _ => error,
    });
}
