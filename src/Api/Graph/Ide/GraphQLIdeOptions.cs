namespace CarePlanGraph.Api.Graph.Ide;

/// <summary>
/// Settings of the GraphQL IDE served to browsers at the GraphQL endpoint, bound from <c>GraphQL:Ide</c>.
/// See docs/decisions/0017-graphql-ide.md.
/// </summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:Ide";

    /// <summary>
    /// Whether a browser's GET of the endpoint gets the IDE page (default false; appsettings.Development.json turns it
    /// on). When false nothing of the IDE is mapped and the endpoint answers exactly as without it.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The folder holding the built bundle (ide.js, ide.css), relative to the application's base directory. The build
    /// copies the bundle there when it has been built; when it is missing the page says how to build it.
    /// </summary>
    public string BundlePath { get; set; } = "graphql-ide";
}
