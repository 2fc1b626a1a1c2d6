using CarePlanGraph.Api.Identity.LocalIssuer;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R35, generated from the served schema: for every node type, every demo persona and every record anyone can reach,
/// <c>node(id:)</c>, <c>nodes(ids:)</c> and the lists and nested fields that lead to the record give the same answer.
/// </summary>
public sealed class NodeAccessTests(TrustWalkFixture fixture, ITestOutputHelper output) : IClassFixture<TrustWalkFixture>
{
    /// <summary>
    /// Directory entries: any signed-in caller may look one up by ID (their resolvers say so), though only some are
    /// reached by a path. Every other node type, including any added later, must answer exactly as its paths do.
    /// </summary>
    private static readonly HashSet<string> DirectoryTypes = ["Organisation", "StaffMember"];

    private static IEnumerable<string> Providers => DemoPersonas.All.Where(p => TrustWalkFixture.IsProvider(p.Handle)).Select(p => p.Handle);

    [Fact]
    public void R35_every_node_type_in_the_schema_has_records_to_check()
    {
        var covered = fixture.Universe.Values.ToHashSet();
        Assert.Equal(fixture.Schema.NodeTypes, fixture.Schema.NodeTypes.Where(covered.Contains));
        Assert.All(fixture.Walks, walk => Assert.True(walk.Value.Problems.Count == 0, $"{walk.Key}: {string.Join("\n", walk.Value.Problems)}"));
    }

    [Fact]
    public async Task R35_node_nodes_and_the_paths_that_lead_to_a_record_give_the_same_answer_for_every_persona_and_node_type()
    {
        var ids = fixture.Universe.Keys.Order(StringComparer.Ordinal).ToList();
        var mismatches = new List<string>();
        var checks = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (persona, walk) in fixture.Walks)
        {
            var byNode = await walk.ByNodeAsync(ids);
            var byNodes = await walk.ByNodesAsync(ids);
            foreach (var id in ids)
            {
                var type = fixture.Universe[id];
                var byPath = DirectoryTypes.Contains(type) || walk.Reached.ContainsKey(id);
                var answers = (Path: byPath, Node: byNode.GetValueOrDefault(id), Nodes: byNodes.GetValueOrDefault(id));
                checks += 3;
                if (answers.Node != (byPath ? type : null) || answers.Nodes != (byPath ? type : null))
                {
                    mismatches.Add($"{persona} {type} {id}: path {(walk.Reached.ContainsKey(id) ? "reaches" : "does not reach")} it, node(id:) {answers.Node ?? "null"}, nodes(ids:) {answers.Nodes ?? "null"}");
                }
            }

            Assert.True(walk.Problems.Count == 0, $"{persona}: {string.Join("\n", walk.Problems)}");
        }

        output.WriteLine($"{ids.Count} IDs ({string.Join(", ", fixture.Universe.GroupBy(u => u.Value).Select(g => $"{g.Count()} {g.Key}"))}) × {fixture.Walks.Count} personas × 3 ways = {checks} answers compared; "
            + $"walks {fixture.WalkTime.TotalSeconds:0.0}s ({fixture.Walks.Values.Sum(w => w.Requests)} requests in all), lookups {clock.Elapsed.TotalSeconds:0.0}s.");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task R27_providers_reach_only_the_version_in_force_and_their_own_items_by_every_path()
    {
        foreach (var provider in Providers)
        {
            var walk = fixture.Walks[provider];
            var organisation = (string)(await walk.PostAsync("{ me { organisation { id } } }", null))!["me"]!["organisation"]!["id"]!;
            var versions = walk.Reached.Where(r => r.Value == "PlanVersion").Select(r => r.Key).ToArray();
            var items = walk.Reached.Where(r => r.Value == "SupportItem").Select(r => r.Key).ToArray();
            Assert.NotEmpty(versions);
            Assert.NotEmpty(items);

            var seen = (await walk.PostAsync(
                "query($ids: [ID!]!) { nodes(ids: $ids) { ... on PlanVersion { status } ... on SupportItem { provider { id } } } }",
                new { ids = versions.Concat(items).ToArray() }))!["nodes"]!.AsArray();
            Assert.All(seen.Take(versions.Length), v => Assert.Equal("AGREED", (string)v!["status"]!));
            Assert.All(seen.Skip(versions.Length), i => Assert.Equal(organisation, (string)i!["provider"]!["id"]!));

            // Every other item anyone reached, another provider's included, is null by ID both ways.
            var others = fixture.Universe.Where(u => u.Value == "SupportItem" && !items.Contains(u.Key)).Select(u => u.Key).ToList();
            Assert.NotEmpty(others);
            Assert.Empty(await walk.ByNodeAsync(others));
            Assert.Empty(await walk.ByNodesAsync(others));
            Assert.Empty(walk.Problems);
        }
    }

    [Fact]
    public async Task R27_every_field_a_policy_keeps_from_providers_answers_null_with_AUTH_FIELD_FORBIDDEN_at_its_path_and_nothing_else_is_refused()
    {
        // Non-null refused fields are the next test's: refusing one loses more than the field.
        var problems = await ReadEveryFieldAsync(fixture.Schema.Without(fixture.NonNullNotForProviders), fixture.NotForProviders.Except(fixture.NonNullNotForProviders));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task R27_refusing_a_non_null_field_to_a_provider_answers_null_at_that_field_and_keeps_the_record()
    {
        // Every refused field is nullable (FieldPolicy refuses to build one that is not), so reading them all keeps every record.
        Assert.Empty(fixture.NonNullNotForProviders);
        var problems = await ReadEveryFieldAsync(fixture.Schema, fixture.NotForProviders);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Every persona reads every field (that takes no required argument) of every record it reached, one request per
    /// node type: a provider or a carer (R33) must be refused exactly <paramref name="refusedToProviders"/>, anyone else nothing, and a
    /// refusal must answer null at the field while the record itself still answers.
    /// </summary>
    private async Task<List<string>> ReadEveryFieldAsync(SchemaMap schema, IEnumerable<string> refusedToProviders)
    {
        var forProviders = refusedToProviders.ToHashSet();
        var problems = new List<string>();
        foreach (var (persona, walk) in fixture.Walks)
        {
            foreach (var type in walk.Reached.GroupBy(r => r.Value))
            {
                var ids = type.Select(r => r.Key).Take(NodeWalk.Batch).ToArray();
                var probe = new NodeWalk(fixture.ClientFor(persona), schema);
                var data = await probe.PostAsync($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {type.Key} {{ {schema.AllFieldsSelection(type.Key)} }} }} }}", new { ids });

                var refused = probe.Refusals.Select(r => r.Split(':')[0].Split('.')).Select(p => $"{type.Key}.{p[2]}").ToHashSet();
                var expected = TrustWalkFixture.IsKeptFromMoney(persona) ? forProviders.Where(f => f.StartsWith(type.Key + ".", StringComparison.Ordinal)).ToHashSet() : [];
                if (!refused.SetEquals(expected))
                {
                    problems.Add($"{persona}: refused [{string.Join(", ", refused.Order(StringComparer.Ordinal))}], expected [{string.Join(", ", expected.Order(StringComparer.Ordinal))}]");
                }

                problems.AddRange(probe.Problems.Select(p => $"{persona}: {p}"));
                var lost = data!["nodes"]!.AsArray().Count(n => n is null);
                if (lost > 0)
                {
                    problems.Add($"{persona}: {lost} of {ids.Length} {type.Key} records answered null as a whole when a field of them was refused");
                }
            }
        }

        return problems;
    }
}
