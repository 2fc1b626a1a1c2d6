using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Refuses introspection that nests type lists inside each other (<c>fields { type { fields { type
/// { fields … } } } }</c>): each level multiplies the answer by the size of the schema, and the cost
/// estimate cannot see that. Tools need one level; three nested levels are refused, as graphql-js does.
/// </summary>
internal sealed class IntrospectionDepthRule : ValidationRuleBase
{
    /// <summary>The first nesting level that is refused.</summary>
    public const int MaxListDepth = 3;

    private static readonly string[] ListFields = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if ((field.Name == "__schema" || field.Name == "__type")
            && new DepthCheck(context.Document).TooDeep(field.SelectionSet, depth: 0))
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null!,
                $"Introspection nests type lists ({string.Join(", ", ListFields)}) {MaxListDepth} or more levels deep; ask for less.",
                field)
            {
                Code = "INTROSPECTION_TOO_DEEP",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    /// <summary>
    /// Walks selections through fragments. Results are remembered per fragment and depth, so a
    /// fragment spread many times is walked once per depth, and a fragment cycle (refused by
    /// another rule) cannot loop.
    /// </summary>
    private sealed class DepthCheck(GraphQLDocument document)
    {
        private readonly Dictionary<(string Fragment, int Depth), bool> _seen = [];

        public bool TooDeep(GraphQLSelectionSet? selectionSet, int depth)
        {
            if (selectionSet is null)
            {
                return false;
            }

            foreach (var selection in selectionSet.Selections)
            {
                var tooDeep = selection switch
                {
                    GraphQLField field => TooDeep(field, depth),
                    GraphQLInlineFragment inline => TooDeep(inline.SelectionSet, depth),
                    GraphQLFragmentSpread spread => TooDeep(spread, depth),
                    _ => false,
                };
                if (tooDeep)
                {
                    return true;
                }
            }

            return false;
        }

        private bool TooDeep(GraphQLField field, int depth)
        {
            if (Array.Exists(ListFields, name => field.Name == name))
            {
                depth++;
                if (depth >= MaxListDepth)
                {
                    return true;
                }
            }

            return TooDeep(field.SelectionSet, depth);
        }

        private bool TooDeep(GraphQLFragmentSpread spread, int depth)
        {
            var key = (spread.FragmentName.Name.StringValue, depth);
            if (_seen.TryGetValue(key, out var known))
            {
                return known;
            }

            // Marked before walking, so a cycle ends here instead of recursing forever.
            _seen[key] = false;
            var fragment = document.FindFragmentDefinition((ROM)spread.FragmentName.Name);
            var tooDeep = fragment is not null && TooDeep(fragment.SelectionSet, depth);
            _seen[key] = tooDeep;
            return tooDeep;
        }
    }
}
