using System.Text.RegularExpressions;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Architecture;

/// <summary>src/Api/Graph is the GraphQL plumbing every feature builds on, so it must not depend on any of them or on the domain.</summary>
public sealed partial class GraphLayerTests
{
    [Fact]
    public void Graph_references_neither_the_domain_nor_a_feature()
    {
        var graph = RepositoryFiles.PathOf(Path.Combine("src", "Api", "Graph"));
        var offending = Directory.EnumerateFiles(graph, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => OutsideGraph().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetRelativePath(graph, file)}: {match.Value}"))
            .ToList();

        Assert.True(offending.Count == 0, "Graph depends on: " + string.Join(", ", offending));
    }

    [GeneratedRegex(@"CarePlanGraph\.(?:Domain|Api\.(?!Graph\b)\w+)")]
    private static partial Regex OutsideGraph();
}
