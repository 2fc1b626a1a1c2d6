using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Architecture;

/// <summary>
/// <c>src/Api/Graph</c> is the generic GraphQL machinery (transport, DataLoader, node IDs, paging, mutation conventions)
/// that Hot Chocolate would otherwise give, and never references the domain (DESIGN §2): it may use itself, the BCL and
/// packages, but nothing of <c>CarePlanGraph.Domain</c>, of a feature (<c>CarePlanGraph.Api.Plans</c> …) or of the host.
/// Checked twice: on the compiled types, and on the source files.
/// </summary>
public sealed partial class GraphIsALibraryTests
{
    private const string Graph = "CarePlanGraph.Api.Graph";
    private const string GraphFolder = "src/Api/Graph";

    private static readonly Assembly Api = typeof(GraphQLHttpExtensions).Assembly;

    /// <summary>The top-level types of this solution's API and domain, and the host's in no namespace (Program).</summary>
    private static readonly List<Type> OurTypes = [.. Api.GetTypes().Concat(typeof(Domain.Common.Money).Assembly.GetTypes())
        .Where(type => !type.IsNested && !IsCompilerGenerated(type) && (IsOurs(type.Namespace) || string.IsNullOrEmpty(type.Namespace)))];

    [Fact]
    public void Graph_types_use_nothing_outside_Graph_of_this_solution()
    {
        var graphTypes = Api.GetTypes().Where(type => IsGraph(type.Namespace)).ToList();

        var uses = graphTypes
            .SelectMany(type => TypeReferences.Of(type)
                .Where(reference => IsOutsideGraph(reference.Used))
                .Select(reference => $"{type.FullName} uses {reference.Used.FullName} ({reference.Where})"))
            .Distinct()
            .ToList();

        Assert.True(graphTypes.Count > 20, $"Only {graphTypes.Count} types found in {Graph}: is the namespace right?");
        Assert.True(uses.Count == 0, "Graph is a library; it must not use:\n" + string.Join('\n', uses));
    }

    [Fact]
    public void Graph_source_files_name_nothing_outside_Graph_of_this_solution()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf(GraphFolder), "*.cs", SearchOption.AllDirectories);

        var names = files
            .SelectMany(file => OutsideNames(Path.GetRelativePath(RepositoryFiles.Root, file), File.ReadAllText(file)))
            .ToList();

        Assert.True(files.Length > 20, $"Only {files.Length} source files found in {GraphFolder}: is the folder right?");
        Assert.True(names.Count == 0, "Graph is a library; its sources must not name:\n" + string.Join('\n', names));
    }

    [Fact]
    public void The_type_check_sees_uses_that_only_a_method_body_makes()
    {
        var used = TypeReferences.Of(typeof(UsesUriInItsBodyOnly)).Select(reference => reference.Used).ToList();

        Assert.Contains(typeof(Uri), used);
        Assert.Contains(Api.GetTypes(), type => IsFeatureUsingTheDomain(type));
    }

    [Fact]
    public void The_source_check_sees_usings_qualified_names_and_names_found_through_parent_namespaces()
    {
        const string Source = """
            using CarePlanGraph.Domain.Plans;
            using Review = CarePlanGraph.Api.Reviews;
            namespace CarePlanGraph.Api.Graph.Example;

            internal sealed class Example(HostEnvironmentDefaults defaults)
            {
                // Comments and "strings" may speak of Plans.Anything; code may not.
                private readonly global::CarePlanGraph.Api.Identity.Viewer? _viewer;
                private Plans.PlanGraphType? _plan;
                private Domain.Common.Money _money;
            }
            """;

        var names = OutsideNames("Example.cs", Source).ToList();

        Assert.Equal(6, names.Count);
        Assert.All(names, name => Assert.StartsWith("Example.cs:", name, StringComparison.Ordinal));
    }

    private static bool IsGraph(string? name) =>
        name is not null && (name == Graph || name.StartsWith(Graph + ".", StringComparison.Ordinal));

    private static bool IsOurs(string? name) =>
        name is not null && (name == "CarePlanGraph" || name.StartsWith("CarePlanGraph.", StringComparison.Ordinal));

    /// <summary>A type of this solution outside Graph: the domain's, a feature's, the host's (even Program, in no namespace).</summary>
    private static bool IsOutsideGraph(Type type)
    {
        if (IsGraph(type.Namespace))
        {
            return false;
        }

        if (IsOurs(type.Namespace) || (type.Assembly != Api && IsOurs(type.Assembly.GetName().Name)))
        {
            return true;
        }

        return type.Assembly == Api && string.IsNullOrEmpty(type.Namespace) && !IsCompilerGenerated(type);
    }

    private static bool IsCompilerGenerated(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Name.StartsWith('<') || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
    }

    private static bool IsFeatureUsingTheDomain(Type type) =>
        IsOurs(type.Namespace) && !IsGraph(type.Namespace)
        && TypeReferences.Of(type).Any(reference => reference.Used.Namespace?.StartsWith("CarePlanGraph.Domain", StringComparison.Ordinal) == true);

    /// <summary>
    /// What a source file names outside Graph, one "file:line: what" each: <c>using</c> directives and qualified names
    /// (in code, comments or strings alike), and in code the names C# finds through the file's parent namespaces without
    /// any <c>using</c> (<c>Plans.X</c>, <c>Domain.X</c>, a type of <c>CarePlanGraph.Api</c> by its simple name).
    /// </summary>
    private static IEnumerable<string> OutsideNames(string file, string text)
    {
        var lines = text.Split('\n');
        var code = CommentOrString().Replace(text, match => new string('\n', match.Value.Count(c => c == '\n'))).Split('\n');
        var reachable = ReachableThroughParents(text);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var name in QualifiedName().Matches(lines[i]).Select(match => Regex.Replace(match.Value, @"\s", string.Empty)))
            {
                if (!IsGraph(name))
                {
                    yield return $"{file}:{i + 1}: {name}";
                }
            }

            foreach (var (name, _) in reachable.Where(each => each.Pattern.IsMatch(code[i])))
            {
                yield return $"{file}:{i + 1}: {name} (found through a parent namespace)";
            }
        }
    }

    /// <summary>
    /// The names of this solution a file in a Graph namespace reaches with no <c>using</c>: the namespaces and types
    /// declared in its parent namespaces outside Graph (<c>CarePlanGraph.Api</c>, <c>CarePlanGraph</c>, the global one).
    /// </summary>
    private static List<(string Name, Regex Pattern)> ReachableThroughParents(string text)
    {
        var declared = FileNamespace().Match(text) is { Success: true } match ? match.Groups["name"].Value : Graph;
        var parents = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        for (var name = declared; name.Length > 0; name = ParentOf(name))
        {
            if (!IsGraph(name))
            {
                parents.Add(name);
            }
        }

        // CarePlanGraph itself is left to the qualified-name check: every namespace declaration names it.
        var namespaces = OurTypes.Select(type => type.Namespace).Where(IsOurs).OfType<string>()
            .SelectMany(name => name.Split('.').Select((_, i) => string.Join('.', name.Split('.').Take(i + 1))))
            .Distinct()
            .Where(name => name != "CarePlanGraph" && !IsGraph(name) && parents.Contains(ParentOf(name)))
            .Select(name => name[(name.LastIndexOf('.') + 1)..])
            .Select(name => (name + ".", new Regex($@"(?<![\w.:]){Regex.Escape(name)}\s*\.")));
        var simpleNames = OurTypes.Where(type => parents.Contains(type.Namespace ?? string.Empty))
            .Select(type => type.Name.Split('`')[0])
            .Select(name => (name, new Regex($@"(?<![\w.:]){Regex.Escape(name)}\b")));
        return [.. namespaces.Concat(simpleNames)];
    }

    private static string ParentOf(string name) => name.Contains('.', StringComparison.Ordinal) ? name[..name.LastIndexOf('.')] : string.Empty;

    /// <summary>A name of this solution, qualified or in a using: CarePlanGraph.Domain.Plans, global::CarePlanGraph.Api.Plans.X.</summary>
    [GeneratedRegex(@"\bCarePlanGraph(?:\s*\.\s*\w+)*")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    /// <summary>Comments and string literals (raw, verbatim, regular), so that prose is not taken for code.</summary>
    [GeneratedRegex(@"""""""[\s\S]*?""""""|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'|//[^\n]*|/\*[\s\S]*?\*/")]
    private static partial Regex CommentOrString();

    private static class UsesUriInItsBodyOnly
    {
        public static int Count() => new List<Uri>().Count;
    }
}
