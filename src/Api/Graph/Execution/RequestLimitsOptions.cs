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
    /// The largest estimated cost allowed (default 2000). Each field costs 1; a list multiplies the
    /// cost of what is under it by its <c>first</c>/<c>last</c> argument, or by
    /// <see cref="DefaultListSize"/> when it has none.
    /// </summary>
    public int MaxComplexity { get; set; } = 2000;

    /// <summary>The number of items assumed for a list field without a <c>first</c>/<c>last</c> argument (default 5).</summary>
    public int DefaultListSize { get; set; } = 5;

    /// <summary>
    /// The share of the normal cost that introspection fields (and everything under them) count for
    /// (default 0.1). The standard introspection query costs about 8000 at full price and about 800
    /// at this share, so tools can load the schema. Not zero, because aliased copies of introspection
    /// must still add up to the limit; how deep introspection may nest is bounded separately
    /// (three nested type lists are refused).
    /// </summary>
    public double IntrospectionImpact { get; set; } = 0.1;
}
