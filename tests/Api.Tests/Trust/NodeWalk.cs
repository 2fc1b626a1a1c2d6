using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// What one caller reaches by following the schema, and what it gets asking for IDs directly. The walk starts at the
/// root lists and follows every field that leads to a node (a record's nested lists are read through
/// <c>nodes(ids:)</c> on records the walk already reached); lookups ask <c>node(id:)</c> and <c>nodes(ids:)</c>
/// for every ID in batches of <see cref="Batch"/>.
/// </summary>
internal sealed class NodeWalk(HttpClient client, SchemaMap schema)
{
    /// <summary>The most IDs <c>nodes(ids:)</c> takes, and the most <c>node(id:)</c> fields sent in one request.</summary>
    public const int Batch = 100;

    /// <summary>The records reached, by ID, with their type name.</summary>
    public Dictionary<string, string> Reached { get; } = [];

    /// <summary>Refused fields, as <c>path: code</c>; each answered null.</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>Anything that is not an answer or a refusal: other errors, a refused field with a value, a reached record <c>nodes</c> does not return.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>How many requests the walk and lookups sent.</summary>
    public int Requests { get; private set; }

    public async Task WalkAsync()
    {
        var frontier = new Dictionary<string, string>();
        foreach (var root in schema.RootSelections())
        {
            Collect(await PostAsync($"{{ {root} }}", null), frontier);
        }

        while (frontier.Count > 0)
        {
            var next = new Dictionary<string, string>();
            foreach (var group in frontier.GroupBy(r => r.Value))
            {
                foreach (var ids in group.Select(r => r.Key).Chunk(Batch))
                {
                    var data = await PostAsync(
                        $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {group.Key} {{ {schema.ExpansionSelection(group.Key)} }} }} }}",
                        new { ids });
                    var entries = data?["nodes"]?.AsArray() ?? [];
                    foreach (var (id, entry) in ids.Zip(entries))
                    {
                        if (entry is null)
                        {
                            Problems.Add($"{group.Key} {id}: reached by a path, but nodes(ids:) answers null");
                        }
                    }

                    Collect(data, next);
                }
            }

            frontier = next;
        }
    }

    /// <summary>The IDs (of <paramref name="ids"/>) that <c>node(id:)</c> answers, with the type it answered.</summary>
    public async Task<Dictionary<string, string>> ByNodeAsync(IEnumerable<string> ids)
    {
        var found = new Dictionary<string, string>();
        foreach (var batch in ids.Chunk(Batch))
        {
            var fields = batch.Select((_, i) => $"n{i}: node(id: $i{i}) {{ __typename ... on Node {{ id }} }}");
            var variables = batch.Select((id, i) => (Name: $"i{i}", Id: id)).ToDictionary(v => v.Name, v => v.Id);
            var document = $"query({string.Join(", ", variables.Keys.Select(v => $"${v}: ID!"))}) {{ {string.Join(' ', fields)} }}";
            var data = await PostAsync(document, variables);
            for (var i = 0; i < batch.Length; i++)
            {
                Answered(batch[i], data?[$"n{i}"], found);
            }
        }

        return found;
    }

    /// <summary>The IDs (of <paramref name="ids"/>) that <c>nodes(ids:)</c> answers, with the type it answered.</summary>
    public async Task<Dictionary<string, string>> ByNodesAsync(IEnumerable<string> ids)
    {
        var found = new Dictionary<string, string>();
        foreach (var batch in ids.Chunk(Batch))
        {
            var data = await PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Node { id } } }", new { ids = batch });
            var entries = data?["nodes"]?.AsArray() ?? [];
            Assert.Equal(batch.Length, entries.Count);
            for (var i = 0; i < batch.Length; i++)
            {
                Answered(batch[i], entries[i], found);
            }
        }

        return found;
    }

    /// <summary>Posts a query; checks that every error is a refusal whose field answered null, and returns <c>data</c>.</summary>
    public async Task<JsonNode?> PostAsync(string query, object? variables)
    {
        Requests++;
        var body = await client.PostAsync(query, variables);
        foreach (var error in body["errors"]?.AsArray() ?? [])
        {
            var code = (string?)error!["extensions"]?["code"];
            var path = error["path"]?.AsArray() ?? [];
            var where = string.Join('.', path.Select(p => p!.ToString()));
            if (code is "AUTH_FIELD_FORBIDDEN" or "AUTH_FORBIDDEN" && path.Count > 0)
            {
                Refusals.Add($"{where}: {code}");
                if (At(body["data"], path) is not null)
                {
                    Problems.Add($"{where}: refused ({code}) but answered {At(body["data"], path)!.ToJsonString()}");
                }
            }
            else
            {
                Problems.Add($"{where}: {code ?? "no code"}: {(string?)error["message"]}");
            }
        }

        return body["data"];
    }

    private void Answered(string id, JsonNode? answer, Dictionary<string, string> found)
    {
        if (answer is null)
        {
            return;
        }

        if ((string?)answer["id"] != id)
        {
            Problems.Add($"asked for {id}, answered {answer.ToJsonString()}");
        }

        found[id] = (string)answer["__typename"]!;
    }

    /// <summary>Adds every node in <paramref name="data"/> not reached before to <see cref="Reached"/> and to <paramref name="fresh"/>.</summary>
    private void Collect(JsonNode? data, Dictionary<string, string> fresh)
    {
        switch (data)
        {
            case JsonObject record:
                if ((string?)record["__typename"] is { } type && schema.NodeTypes.Contains(type) && (string?)record["id"] is { } id
                    && Reached.TryAdd(id, type))
                {
                    fresh[id] = type;
                }

                foreach (var (_, value) in record)
                {
                    Collect(value, fresh);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Collect(item, fresh);
                }

                break;
        }
    }

    private static JsonNode? At(JsonNode? data, JsonArray path)
    {
        var current = data;
        foreach (var step in path)
        {
            current = step!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? current?.AsArray()[(int)step] : current?[(string)step!];
        }

        return current;
    }
}
