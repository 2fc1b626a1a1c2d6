using CarePlanGraph.Api.Identity;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Issue 15: an integration sends the ids of documents it registered (<c>documentId</c>), not documents of its own
/// making, unless <c>Integrations:AdHocDocuments</c> is <c>Allowed</c>. People and staff signing in themselves keep
/// ad-hoc documents. Two root fields are always let through: <c>registerTrustedDocuments</c> (an integration
/// registers its own documents) and <c>__typename</c> (reads nothing; what a client sends to check it reaches the API).
/// </summary>
internal sealed class AdHocDocumentGate(IOptions<TrustedDocumentsOptions> options) : IConfigureExecution
{
    public const string Code = "TRUSTED_DOCUMENT_REQUIRED";

    private readonly bool _refused = options.Value.AdHocDocuments == AdHocDocuments.Refused;

    /// <summary>Before the persisted-document handler (150), which would otherwise run the document.</summary>
    public float SortOrder => 140;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (_refused && options.DocumentId is null && options.Query is { } text
            && options.RequestServices?.GetService<ICallerAccessor>() is { } callers
            && await callers.GetCallerAsync(options.CancellationToken).ConfigureAwait(false) is { IntegrationId: not null } caller
            && !SelectsOnlyAlwaysAllowed(text))
        {
            return new ExecutionResult(new ExecutionError(
                $"The integration \"{caller.Name}\" sends only documents it has registered: register this document with the registerTrustedDocuments mutation, then send its id as 'documentId' (\"sha256:\" and the lowercase hex SHA-256 of the document's UTF-8 text) instead of 'query'.")
            {
                Code = Code,
            });
        }

        return await next(options).ConfigureAwait(false);
    }

    /// <summary>Root fields an integration may always send ad hoc: to register its documents, and to check it reaches the API.</summary>
    private static readonly HashSet<string> AlwaysAllowed = ["__typename", "registerTrustedDocuments"];

    private static bool SelectsOnlyAlwaysAllowed(string text)
    {
        try
        {
            // The text is within the request's size limit already; the engine parses it again under every limit.
            var definitions = GraphQLParser.Parser.Parse(text).Definitions;
            return definitions.Count > 0 && definitions.All(d => d is GraphQLOperationDefinition { SelectionSet.Selections: var selections }
                && selections.All(s => s is GraphQLField field && AlwaysAllowed.Contains(field.Name.StringValue)));
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false;
        }
    }
}
