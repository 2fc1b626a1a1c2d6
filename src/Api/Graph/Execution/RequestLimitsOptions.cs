namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Limits every GraphQL document must stay within before it is executed, bound from the
/// configuration section <c>GraphQL:Limits</c>. A document over a limit is refused as a
/// validation error, so no resolver (and no database query) runs for it.
/// </summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:Limits";

    /// <summary>
    /// The deepest field nesting allowed (default 20). The standard introspection query that
    /// GraphiQL and graphql-js tools send is 15 levels deep (its type references nest <c>ofType</c>),
    /// so 20 leaves room for tools that nest further; recursive relations (plan → person → plans …)
    /// cannot be walked deeper than this.
    /// </summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>
    /// The largest estimated cost allowed (default 30000). Each field the answer may hold costs 1; a list multiplies
    /// the cost of what is under it by its page (<c>first</c>/<c>last</c>, or the default page of a connection), the
    /// usual length its field declares, or <see cref="DefaultListSize"/> (see <see cref="ListSizeCost"/>). A portal's
    /// dashboard of 50 plans with the person, the version in force and its items, the assessment and every version
    /// costs about 11,500; at the largest page, 100, about 23,000; two copies of that are refused.
    /// </summary>
    public int MaxComplexity { get; set; } = 30_000;

    /// <summary>
    /// The number of items assumed for a list that is not a connection, has no <c>first</c>/<c>last</c> argument and
    /// declares no usual length (default 5): a plan's versions, an assessment's needs, introspection's lists.
    /// </summary>
    public int DefaultListSize { get; set; } = 5;

    /// <summary>
    /// The share of the normal cost that introspection fields (and everything under them) count for
    /// (default 0.1). The standard introspection query costs about 8000 at full price and about 800
    /// at this share, so tools can load the schema. Not zero, because aliased copies of introspection
    /// must still add up to the limit; how deep introspection may nest is bounded separately
    /// (three nested type lists are refused).
    /// </summary>
    public double IntrospectionImpact { get; set; } = 0.1;

    /// <summary>
    /// The longest GraphQL document accepted, in UTF-8 bytes (default 32 KiB). Checked before the
    /// document is lexed. The standard introspection query is about 2 KiB; hand-written operations
    /// rarely pass 10 KiB.
    /// </summary>
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// The most lexical tokens (names, punctuation, values) a document may have (default 5000).
    /// Counted by a lexing pass that stops at the limit, before the parser builds a tree. The
    /// standard introspection query has about 300.
    /// </summary>
    public int MaxTokens { get; set; } = 5000;

    /// <summary>
    /// The deepest the parser may recurse, in syntax-tree nodes (default 128, GraphQL.NET's own
    /// default). A field level takes two nodes (field and selection set), a list or object literal one,
    /// so this is reached long after <see cref="MaxDepth"/> by real operations, and it refuses
    /// 5,000-deep list literals without recursing into them.
    /// </summary>
    public int MaxSyntaxDepth { get; set; } = 128;

    /// <summary>
    /// The most field selections a document may ask for once every fragment spread is counted as
    /// many times as it is spread (default 2000). Computed once per fragment, so the check is linear
    /// in the document even when fragments spread each other exponentially. Everything after parsing
    /// (validation, cost analysis, execution planning) is linear or quadratic in this number.
    /// </summary>
    public int MaxFields { get; set; } = 2000;

    /// <summary>
    /// The most fields that may share one response name (alias or field name) in one selection set,
    /// fragments included (default 50). Checking that such fields can be merged compares every pair of
    /// them, so this bounds the quadratic step of validation. Relay-style fragments that each select
    /// <c>id</c> stay far below it.
    /// </summary>
    public int MaxFieldsPerResponseName { get; set; } = 50;

    /// <summary>
    /// The most errors one response reports (default 100); the rest are summed up in one last error
    /// with code <c>TOO_MANY_ERRORS</c>. Keeps a document with many mistakes from producing a huge response.
    /// </summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>The most IDs one <c>nodes(ids:)</c> field may ask for (default 100).</summary>
    public int MaxNodeIds { get; set; } = 100;

    /// <summary>
    /// The most objects one request may look up by ID through <c>node</c> and <c>nodes</c>, all aliases
    /// together (default 500). Each lookup is a database query, so aliases must not multiply them.
    /// </summary>
    public int MaxNodeLookups { get; set; } = 500;

    /// <summary>
    /// How long one operation may run, parsing to last resolver (default 10 seconds). When it passes,
    /// execution is cancelled and the client gets an error with code <c>TIMEOUT</c>.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
