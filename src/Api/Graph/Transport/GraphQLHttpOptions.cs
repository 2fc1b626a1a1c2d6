namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Settings of the GraphQL-over-HTTP endpoint, bound from the configuration section <c>GraphQL:Http</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:Http";

    /// <summary>
    /// The largest request body accepted, in bytes (default 1 MiB). Larger bodies get 413 before
    /// any parsing, so a client cannot make the server buffer an unbounded document.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Whether query operations may be sent with GET (default true). Mutations are never run over
    /// GET, because GET must stay safe for caches, prefetchers and links.
    /// </summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Whether <c>GET {pattern}/schema.graphql</c> serves the SDL (default true).</summary>
    public bool ServeSchemaSdl { get; set; } = true;
}
