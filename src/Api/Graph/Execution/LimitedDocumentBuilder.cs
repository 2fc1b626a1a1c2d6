using System.Runtime.CompilerServices;
using System.Text;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Parses documents only once they are known to be small enough to parse, and hands the engine only
/// documents small enough to validate: size, then tokens (by lexing, which stops at the limit), then
/// the parser's recursion depth, then the number of fields once fragments are expanded (computed once
/// per fragment) and how many fields share a response name (what makes validation quadratic).
/// Every check is linear in the document, so a refusal costs about as much as reading it.
/// </summary>
internal sealed class LimitedDocumentBuilder(Func<RequestLimitsOptions> limits) : IDocumentBuilder
{
    private readonly Func<RequestLimitsOptions> _limits = limits;

    public GraphQLDocument Build(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limits = _limits();

        // A char is at least one UTF-8 byte, so the length alone refuses most oversized documents without counting.
        if (query.Length > limits.MaxDocumentBytes || Encoding.UTF8.GetByteCount(query) > limits.MaxDocumentBytes)
        {
            throw new RequestLimitError("DOCUMENT_TOO_LARGE", $"The GraphQL document is longer than {limits.MaxDocumentBytes} bytes; send a shorter one.");
        }

        CheckTokens(query, limits.MaxTokens);

        GraphQLDocument document;
        try
        {
            document = new GraphQLDocumentBuilder { MaxDepth = limits.MaxSyntaxDepth }.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The parser's own message quotes the document; this one does not.
            throw new RequestLimitError("DOCUMENT_TOO_DEEP", $"The GraphQL document nests more than {limits.MaxSyntaxDepth} syntax levels (fields, lists or objects inside each other).");
        }

        try
        {
            new FieldCount(document, limits).Check();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new RequestLimitError("TOO_MANY_FIELDS", "The GraphQL document's fragments spread each other too deeply.");
        }

        return document;
    }

    private static void CheckTokens(string query, int maxTokens)
    {
        var source = (ROM)query;
        var position = 0;
        try
        {
            for (var count = 0; ; count++)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return;
                }

                if (count >= maxTokens)
                {
                    throw new RequestLimitError("TOO_MANY_TOKENS", $"The GraphQL document has more than {maxTokens} tokens; send a shorter one.");
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Left to the parser, which reports it with its location.
        }
    }

    /// <summary>Counts fields as the engine will see them: each fragment spread as often as it is spread.</summary>
    private sealed class FieldCount(GraphQLDocument document, RequestLimitsOptions limits)
    {
        private readonly Dictionary<string, long> _fragmentSizes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        public void Check()
        {
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            long total = 0;
            foreach (var operation in operations)
            {
                total = Add(total, Size(operation.SelectionSet));
            }

            if (total > limits.MaxFields)
            {
                throw new RequestLimitError("TOO_MANY_FIELDS", $"The GraphQL document selects more than {limits.MaxFields} fields, counting each fragment spread; ask for less.");
            }

            // Only now is walking every expanded field affordable.
            foreach (var operation in operations)
            {
                CheckResponseNames([operation.SelectionSet]);
            }
        }

        private long Size(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            RuntimeHelpers.EnsureSufficientExecutionStack();
            long size = 0;
            foreach (var selection in selectionSet.Selections)
            {
                size = Add(size, selection switch
                {
                    GraphQLField field => Add(1, Size(field.SelectionSet)),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Size(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }

            return size;
        }

        private long Size(string fragmentName)
        {
            if (_fragmentSizes.TryGetValue(fragmentName, out var known))
            {
                return known;
            }

            // Zero while it is being counted: a cycle (refused by validation) ends here instead of recursing forever.
            _fragmentSizes[fragmentName] = 0;
            var size = _fragments.TryGetValue(fragmentName, out var fragment) ? Size(fragment.SelectionSet) : 0;
            _fragmentSizes[fragmentName] = size;
            return size;
        }

        /// <summary>
        /// Fields with one response name in one selection set are merged, and validation compares every pair
        /// of them, and then the pairs of their sub-selections. Walks the merged selection sets as validation
        /// does, so the count also bounds the pairs at every level below.
        /// </summary>
        private void CheckResponseNames(List<GraphQLSelectionSet> selectionSets)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var groups = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
            var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selectionSet in selectionSets)
            {
                Collect(selectionSet, groups, visitedFragments);
            }

            foreach (var (name, fields) in groups)
            {
                if (fields.Count > limits.MaxFieldsPerResponseName)
                {
                    throw new RequestLimitError(
                        "TOO_MANY_FIELDS",
                        $"More than {limits.MaxFieldsPerResponseName} fields are answered as '{name}' in one selection set; ask for each once.");
                }

                var children = fields.Select(field => field.SelectionSet).OfType<GraphQLSelectionSet>().ToList();
                if (children.Count > 0)
                {
                    CheckResponseNames(children);
                }
            }
        }

        private void Collect(GraphQLSelectionSet selectionSet, Dictionary<string, List<GraphQLField>> groups, HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!groups.TryGetValue(name, out var fields))
                        {
                            groups[name] = fields = [];
                        }

                        fields.Add(field);
                        break;
                    case GraphQLInlineFragment inline:
                        Collect(inline.SelectionSet, groups, visitedFragments);
                        break;

                    // Spreading a fragment twice into one selection set merges to the same fields: collected once.
                    case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue)
                        && _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        Collect(fragment.SelectionSet, groups, visitedFragments);
                        break;
                }
            }
        }

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
