using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Checks a document against the current schema without running it, as a request would be checked: parsed by the
/// engine's (limited) <see cref="IDocumentBuilder"/>, so every size, token and depth limit applies, then validated
/// with GraphQL.NET's rules that depend on the document alone. Rules that depend on a request's variables (the cost
/// estimate, argument validators, required variables) run when the document is sent, not here.
/// Also lists the schema coordinates it selects (<c>Type.field</c>), so one can tell who uses a field.
/// </summary>
public sealed class DocumentInspector(ISchema schema, IDocumentBuilder documentBuilder, IDocumentValidator validator)
{
    public async Task<DocumentInspection> InspectAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(text);
        }
        catch (ExecutionError error)
        {
            return DocumentInspection.Invalid(error.Message);
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return DocumentInspection.Invalid("The document has no operation.");
        }

        schema.Initialize();
        var coordinates = new SortedSet<string>(StringComparer.Ordinal);
        var collector = new CoordinateCollector(coordinates);
        var problems = new List<string>();
        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = [.. DocumentCacheExecution.DocumentOnlyCoreRules, collector],
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                UserContext = new Dictionary<string, object?>(),
                CancellationToken = cancellationToken,
            }).ConfigureAwait(false);

            // Variables' values come with each request; that none were given here is not the document's fault.
            problems.AddRange(result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message));
        }

        return problems.Count > 0
            ? DocumentInspection.Invalid([.. problems.Distinct(StringComparer.Ordinal)])
            : new DocumentInspection(DocumentHash.Of(text), [.. operations.Select(o => o.Name?.StringValue).OfType<string>().Distinct(StringComparer.Ordinal)], [.. coordinates], []);
    }

    /// <summary>Records each field selected, as <c>ParentType.field</c>; introspection and <c>__typename</c> are not schema fields.</summary>
    private sealed class CoordinateCollector(SortedSet<string> coordinates) : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            new(new MatchingNodeVisitor<GraphQLField>((field, c) =>
            {
                var name = field.Name.StringValue;
                if (!name.StartsWith("__", StringComparison.Ordinal) && c.TypeInfo.GetParentType()?.GetNamedType() is { } parent && !parent.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    lock (coordinates)
                    {
                        coordinates.Add(parent.Name + "." + name);
                    }
                }
            }));
    }
}

/// <summary>
/// What <see cref="DocumentInspector"/> found: the document's id (<see cref="DocumentHash"/>), its operations' names
/// and the schema coordinates it selects, or what is wrong with it.
/// </summary>
public sealed record DocumentInspection(string Id, IReadOnlyList<string> OperationNames, IReadOnlyList<string> Coordinates, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;

    internal static DocumentInspection Invalid(params string[] problems) => new(string.Empty, [], [], problems);
}
