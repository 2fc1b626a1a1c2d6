using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// The served schema, read through introspection: which object types are nodes, and the selections that follow every
/// field from a record (or from the root) to the nodes it leads to. Nothing here names a domain type, so a node type
/// or a field added to the schema is walked without changing a test.
/// </summary>
internal sealed class SchemaMap
{
    /// <summary>What a required <c>Date!</c> argument is given (e.g. <c>reviewsDue(before:)</c>): far enough to include everything.</summary>
    private const string FarFuture = "\"2100-01-01\"";

    private readonly Dictionary<string, JsonObject> _types;
    private readonly string _queryType;
    private readonly HashSet<string> _skipped;

    private SchemaMap(JsonNode schema)
    {
        _queryType = (string)schema["queryType"]!["name"]!;
        _types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => (string)t["name"]!);
        NodeTypes = _types["Node"]["possibleTypes"]!.AsArray().Select(t => (string)t!["name"]!).Order(StringComparer.Ordinal).ToList();
        _skipped = [];
    }

    private SchemaMap(SchemaMap map, IEnumerable<string> skipped)
    {
        _queryType = map._queryType;
        _types = map._types;
        NodeTypes = map.NodeTypes;
        _skipped = [.. skipped];
    }

    /// <summary>Every object type that implements <c>Node</c>.</summary>
    public IReadOnlyList<string> NodeTypes { get; }

    public static async Task<SchemaMap> LoadAsync(HttpClient client) =>
        new((await client.DataAsync(IntrospectionQuery.Full))["__schema"]!);

    /// <summary>The same schema, with the fields <paramref name="fields"/> (as <c>Type.field</c>) left out of every selection.</summary>
    public SchemaMap Without(IEnumerable<string> fields) => new(this, fields);

    /// <summary>
    /// Every root list or object of <c>Query</c> (but <c>node</c>/<c>nodes</c>), down to the first node on each path: one
    /// selection per root field, sent one at a time so each stays within the cost limit however many lists the root grows.
    /// </summary>
    public IEnumerable<string> RootSelections() => FieldsLeadingToNodes(_queryType, [_queryType], except: ["node", "nodes"]);

    /// <summary>
    /// For a node type: its own <c>id</c>, and every field of it that leads to other nodes, down to the first node on
    /// each path (through connections, edges and other plain objects).
    /// </summary>
    public string ExpansionSelection(string nodeType) =>
        "__typename id " + string.Join(' ', FieldsLeadingToNodes(nodeType, [nodeType], except: ["id"]));

    /// <summary>Every field of a node type that takes no required argument; object fields select only <c>__typename</c>.</summary>
    public string AllFieldsSelection(string nodeType) => string.Join(' ', Fields(nodeType)
        .Select(f => (Field: f, Args: Arguments(f)))
        .Where(f => f.Args is not null)
        .Select(f => Named(f.Field["type"]!).Kind is "SCALAR" or "ENUM"
            ? $"{f.Field["name"]}{f.Args}"
            : $"{f.Field["name"]}{f.Args} {{ __typename }}"));

    private IEnumerable<JsonObject> Fields(string type) =>
        _types[type]["fields"]?.AsArray().Select(f => f!.AsObject()).Where(f => !_skipped.Contains($"{type}.{f["name"]}")) ?? [];

    private IEnumerable<string> FieldsLeadingToNodes(string type, HashSet<string> path, IReadOnlyCollection<string> except)
    {
        foreach (var field in Fields(type))
        {
            var name = (string)field["name"]!;
            var args = Arguments(field);
            var target = Named(field["type"]!).Name;
            if (except.Contains(name) || args is null || !LeadsToNode(target, [.. path]))
            {
                continue;
            }

            yield return $"{name}{args} {{ {Selection(target, path)} }}";
        }
    }

    private string Selection(string type, HashSet<string> path)
    {
        if (NodeTypes.Contains(type))
        {
            return "__typename id";
        }

        if (type == "Node")
        {
            return "__typename ... on Node { id }";
        }

        var kind = (string)_types[type]["kind"]!;
        if (kind is "UNION" or "INTERFACE")
        {
            var members = PossibleTypes(type).Where(p => LeadsToNode(p, [.. path])).Select(p => $"... on {p} {{ {Selection(p, path)} }}");
            return "__typename " + string.Join(' ', members);
        }

        return "__typename " + string.Join(' ', FieldsLeadingToNodes(type, [.. path, type], except: []));
    }

    /// <summary>True when some path of fields from <paramref name="type"/> reaches a node (not going round in circles).</summary>
    private bool LeadsToNode(string type, HashSet<string> path)
    {
        if (NodeTypes.Contains(type) || type == "Node")
        {
            return true;
        }

        var kind = (string)_types[type]["kind"]!;
        if (kind is "UNION" or "INTERFACE")
        {
            return PossibleTypes(type).Any(p => LeadsToNode(p, path));
        }

        if (kind != "OBJECT" || !path.Add(type))
        {
            return false;
        }

        return Fields(type).Any(f => Arguments(f) is not null && LeadsToNode(Named(f["type"]!).Name, [.. path]));
    }

    private IEnumerable<string> PossibleTypes(string type) =>
        _types[type]["possibleTypes"]?.AsArray().Select(p => (string)p!["name"]!) ?? [];

    /// <summary>
    /// The arguments to send: <c>first: 100</c> on connections (the largest page); a far-future date for a required
    /// <c>Date!</c>; <c>true</c> for optional <c>include…</c> switches, so nothing is filtered out. Null: the field
    /// needs an argument this walk cannot make up, so it is not walked.
    /// </summary>
    private static string? Arguments(JsonObject field)
    {
        var parts = new List<string>();
        foreach (var arg in field["args"]!.AsArray().Select(a => a!.AsObject()))
        {
            var name = (string)arg["name"]!;
            var type = Named(arg["type"]!).Name;
            var required = (string)arg["type"]!["kind"]! == "NON_NULL" && arg["defaultValue"] is null;
            if (name == "first")
            {
                parts.Add("first: 100");
            }
            else if (required && type == "Date")
            {
                parts.Add($"{name}: {FarFuture}");
            }
            else if (required)
            {
                return null;
            }
            else if (type == "Boolean" && name.StartsWith("include", StringComparison.Ordinal))
            {
                parts.Add($"{name}: true");
            }
        }

        return parts.Count == 0 ? string.Empty : $"({string.Join(", ", parts)})";
    }

    private static (string Kind, string Name) Named(JsonNode typeRef)
    {
        var current = typeRef;
        while ((string)current["kind"]! is "NON_NULL" or "LIST")
        {
            current = current["ofType"]!;
        }

        return ((string)current["kind"]!, (string)current["name"]!);
    }
}
