using System.Globalization;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CsCheck;

namespace CarePlanGraph.Api.Tests.Paging;

/// <summary>
/// Issue 14's proof: random <c>where</c> and <c>order</c> values, paged through HTTP in random page sizes, give the
/// same rows in the same order as the same selection written in plain C# over what the persona sees, for several
/// personas. Run on PostgreSQL too (CAREPLAN_TEST_POSTGRES). The seed is fixed; set CONNECTION_PROPERTY_SEED to vary it.
/// </summary>
public sealed class ConnectionPropertyTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const int Iterations = 60;

    private static readonly string[] Personas = ["admin-jo", "kw-sam", "prov-sunrise", "sp-lee", "p-cleo"];

    private static readonly string[] Words = ["a", "A", "ADA", "mensah", "ben", "jam", "ar", "Dev", "p-", "P-C", "e", "o", "tHoMaS", "z", "%", "_", "", "Ó"];

    private sealed record Row(Guid Id, string Reference, IReadOnlyDictionary<string, object?> Values);

    /// <summary>A filter as GraphQL JSON and as the C# predicate that means the same.</summary>
    private sealed record Filter(JsonNode Json, Func<Row, bool> Matches)
    {
        public override string ToString() => Json.ToJsonString();
    }

    private sealed record Order(string Field, bool Descending);

    private sealed record Case(string Persona, Filter? Where, Order[] Order, int PageSize)
    {
        public override string ToString() => $"{Persona} where={Where} order=[{string.Join(", ", Order.Select(o => $"{o.Field} {(o.Descending ? "DESC" : "ASC")}"))}] first={PageSize}";
    }

    // ---- people ----

    private static readonly string[] PeopleText = ["fullName", "preferredName", "reference"];

    [Fact]
    public async Task Random_people_filters_and_orders_match_the_same_selection_in_CSharp()
    {
        var leaf = Gen.Frequency(
            (3, Gen.Select(Gen.OneOf(PeopleText), TextCondition).Select((field, c) => FieldFilter(field, c.Json, row => c.Matches((string)row.Values[field]!)))),
            (2, DateCondition(Gen.Int[1940, 1995].Select(y => (DateOnly?)new DateOnly(y, 6, 1)), nullable: false).Select(c => FieldFilter("dateOfBirth", c.Json, row => c.Matches((DateOnly?)row.Values["dateOfBirth"])))));
        await CheckAsync(
            "people { totalCount edges { cursor node { id reference fullName preferredName dateOfBirth } } pageInfo { hasNextPage endCursor } }",
            "people",
            "PersonFilterInput",
            "PersonSortInput",
            node => new Dictionary<string, object?>
            {
                ["fullName"] = (string)node["fullName"]!,
                ["preferredName"] = (string)node["preferredName"]!,
                ["reference"] = (string)node["reference"]!,
                ["dateOfBirth"] = DateOnly.Parse((string)node["dateOfBirth"]!, CultureInfo.InvariantCulture),
            },
            leaf,
            ["fullName", "preferredName", "reference", "dateOfBirth"],
            ["fullName"]);
    }

    // ---- plans ----

    private static readonly string[] Statuses = ["DRAFT", "SUBMITTED", "ACTIVE", "UNDER_REVIEW", "ENDED"];

    [Fact]
    public async Task Random_plan_filters_and_orders_match_the_same_selection_in_CSharp()
    {
        var dates = Gen.Frequency((1, Gen.Const(() => (DateOnly?)null)), (5, Gen.Int[-200, 500].Select(d => (DateOnly?)new DateOnly(2026, 11, 2).AddDays(d))));
        var instants = Gen.Int[-60 * 24 * 400, 60].Select(m => new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).AddMinutes(m));
        var status = Gen.Frequency(
            (2, Gen.Select(Gen.OneOf("eq", "neq"), Gen.OneOf(Statuses)).Select((op, s) => (Json: (JsonNode)new JsonObject { [op] = s }, Matches: (Func<string, bool>)(v => (v == s) == (op == "eq"))))),
            (1, Gen.Select(Gen.OneOf("in", "nin"), Gen.OneOf(Statuses).Array[1, 3]).Select((op, s) => (Json: (JsonNode)new JsonObject { [op] = new JsonArray([.. s.Select(x => (JsonNode)x)]) }, Matches: (Func<string, bool>)(v => s.Contains(v) == (op == "in"))))));
        var leaf = Gen.Frequency(
            (2, status.Select(c => FieldFilter("status", c.Json, row => c.Matches((string)row.Values["status"]!)))),
            (2, DateCondition(dates, nullable: true).Select(c => FieldFilter("nextReviewDue", c.Json, row => c.Matches((DateOnly?)row.Values["nextReviewDue"])))),
            (1, DateCondition(dates, nullable: true).Select(c => FieldFilter("supportInPlaceOn", c.Json, row => c.Matches((DateOnly?)row.Values["supportInPlaceOn"])))),
            (1, Comparison(instants.Select(i => (DateTimeOffset?)i), i => (JsonNode)i!.Value.ToString("O", CultureInfo.InvariantCulture), nullable: false).Select(c => FieldFilter("createdAt", c.Json, row => c.Matches((DateTimeOffset?)row.Values["createdAt"])))));
        await CheckAsync(
            "plans { totalCount edges { cursor node { id status createdAt nextReviewDue supportInPlaceOn person { reference } } } pageInfo { hasNextPage endCursor } }",
            "plans",
            "CarePlanFilterInput",
            "CarePlanSortInput",
            node => new Dictionary<string, object?>
            {
                ["status"] = (string)node["status"]!,
                ["createdAt"] = DateTimeOffset.Parse((string)node["createdAt"]!, CultureInfo.InvariantCulture),
                ["nextReviewDue"] = node["nextReviewDue"] is { } due ? DateOnly.Parse((string)due!, CultureInfo.InvariantCulture) : null,
                ["supportInPlaceOn"] = node["supportInPlaceOn"] is { } since ? DateOnly.Parse((string)since!, CultureInfo.InvariantCulture) : null,
            },
            leaf,
            ["createdAt", "nextReviewDue", "supportInPlaceOn"],
            ["createdAt"]);
    }

    [Fact]
    public async Task Random_plan_filters_on_Key_Worker_cost_and_budget_match_the_same_selection_in_CSharp()
    {
        // Not for providers (R27: no budget, no other organisations' costs), so the personas are the others.
        string[] keyWorkers;
        using (var admin = factory.CreateClientFor("admin-jo"))
        {
            var staff = (await admin.DataAsync("{ people(first: 100) { nodes { keyWorker { id } } } }"))["people"]!["nodes"]!.AsArray();
            keyWorkers = [.. staff.Select(n => (string)n!["keyWorker"]!["id"]!).Distinct()];
        }

        var costs = Gen.Frequency((1, Gen.OneOf(0L, 1_000_000L, 1_500_000L)), (4, Gen.Long[0, 4_000_000].Select(p => p / 1000 * 1000))).Select(p => (long?)p);
        var leaf = Gen.Frequency(
            (2, Gen.Select(Gen.OneOf("eq", "neq"), Gen.OneOf(keyWorkers)).Select((op, id) => FieldFilter("keyWorker", new JsonObject { [op] = id }, row => ((string)row.Values["keyWorker"]! == id) == (op == "eq")))),
            (1, Gen.Select(Gen.Bool, Gen.OneOf(keyWorkers).Array[1, 2]).Select((isIn, ids) => FieldFilter("keyWorker", new JsonObject { [isIn ? "in" : "nin"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) }, row => ids.Contains((string)row.Values["keyWorker"]!) == isIn))),
            (3, Comparison(costs, p => (JsonNode)p!.Value, nullable: false).Select(c => FieldFilter("currentCostPence", c.Json, row => c.Matches((long?)row.Values["currentCostPence"])))),
            (2, Gen.Select(Gen.OneOf("eq", "neq"), Gen.Bool).Select((op, over) => FieldFilter("overIndicativeBudget", new JsonObject { [op] = over }, row => (((long)row.Values["currentCostPence"]! > (long)row.Values["indicativeBudgetPence"]!) == over) == (op == "eq")))),
            (1, Comparison(costs, p => (JsonNode)p!.Value, nullable: false).Select(c => FieldFilter("indicativeBudgetPence", c.Json, row => c.Matches((long?)row.Values["indicativeBudgetPence"])))));
        await CheckAsync(
            "plans { totalCount edges { cursor node { id createdAt person { reference keyWorker { id } } currentVersion { totalAnnualCost { pence } } budget { indicative { pence } } } } pageInfo { hasNextPage endCursor } }",
            "plans",
            "CarePlanFilterInput",
            "CarePlanSortInput",
            node => new Dictionary<string, object?>
            {
                ["createdAt"] = DateTimeOffset.Parse((string)node["createdAt"]!, CultureInfo.InvariantCulture),
                ["keyWorker"] = (string)node["person"]!["keyWorker"]!["id"]!,
                ["currentCostPence"] = (long)node["currentVersion"]!["totalAnnualCost"]!["pence"]!,
                ["indicativeBudgetPence"] = (long)node["budget"]!["indicative"]!["pence"]!,
            },
            leaf,
            ["currentCostPence", "indicativeBudgetPence", "createdAt"],
            ["createdAt"],
            ["admin-jo", "kw-sam", "sp-lee", "p-cleo"]);
    }

    // ---- the check ----

    private async Task CheckAsync(string selection, string field, string filterType, string sortType, Func<JsonNode, Dictionary<string, object?>> values, Gen<Filter> leaf, string[] sortFields, string[] defaultOrder, string[]? personas = null)
    {
        var query = $$"""
            query($first: Int, $after: String, $where: {{filterType}}, $order: [{{sortType}}!]) {
              {{selection.Replace(field + " {", field + "(first: $first, after: $after, where: $where, order: $order) {", StringComparison.Ordinal)}}
            }
            """;
        personas ??= Personas;
        var clients = personas.ToDictionary(p => p, factory.CreateClientFor);
        try
        {
            // What each persona sees, read once without a filter: the "seeded data" the C# selection runs over.
            var seen = new Dictionary<string, List<Row>>();
            foreach (var (persona, client) in clients)
            {
                seen[persona] = [.. (await ReadAllAsync(client, query, field, null, null, 100)).Select(node => ToRow(node, values))];
            }

            var filters = Gen.Recursive<Filter>((depth, inner) => depth >= 2
                ? leaf
                : Gen.Frequency(
                    (4, leaf),
                    (1, Gen.Select(Gen.Bool, inner.Array[1, 3]).Select((and, parts) => new Filter(
                        new JsonObject { [and ? "and" : "or"] = new JsonArray([.. parts.Select(p => p.Json.DeepClone())]) },
                        row => and ? parts.All(p => p.Matches(row)) : parts.Any(p => p.Matches(row)))))));
            var orders = Gen.Shuffle(sortFields, 0, 2).SelectMany(fields => Gen.Bool.Array[fields.Length].Select(desc => fields.Select((f, i) => new Order(f, desc[i])).ToArray()));
            var cases = Gen.Select(Gen.OneOf(personas), Gen.Frequency((1, Gen.Const(() => (Filter?)null)), (5, filters.Select(f => (Filter?)f))), orders, Gen.Int[1, 4])
                .Select((persona, where, order, size) => new Case(persona, where, order, size));

            await cases.SampleAsync(
                async c =>
                {
                    var expected = Expected(seen[c.Persona], c, defaultOrder).Select(r => r.Id).ToList();
                    var actual = (await ReadAllAsync(clients[c.Persona], query, field, c.Where?.Json, c.Order, c.PageSize))
                        .Select(node => ToRow(node, values).Id).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"{c}: expected {string.Join(",", expected)} got {string.Join(",", actual)}");
                },
                iter: Iterations,
                threads: 1,
                seed: Environment.GetEnvironmentVariable("CONNECTION_PROPERTY_SEED") is { Length: > 0 } seed ? seed : "0N0XIzNsQ0O2");
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    private static IEnumerable<Row> Expected(List<Row> rows, Case c, string[] defaultOrder)
    {
        var order = c.Order.Length > 0 ? c.Order : [.. defaultOrder.Select(f => new Order(f, false))];
        return rows.Where(r => c.Where?.Matches(r) ?? true).Order(Comparer<Row>.Create((a, b) =>
        {
            foreach (var o in order)
            {
                var (x, y) = (a.Values[o.Field], b.Values[o.Field]);
                if (x is null || y is null)
                {
                    // Missing values last, whichever the direction.
                    var missing = (x is null).CompareTo(y is null);
                    if (missing != 0)
                    {
                        return missing;
                    }

                    continue;
                }

                var compared = x is string s ? string.CompareOrdinal(s, (string)y) : ((IComparable)x).CompareTo(y);
                if (compared != 0)
                {
                    return o.Descending ? -compared : compared;
                }
            }

            return string.CompareOrdinal(a.Id.ToString("N"), b.Id.ToString("N"));
        }));
    }

    private static async Task<List<JsonNode>> ReadAllAsync(HttpClient client, string query, string field, JsonNode? where, Order[]? order, int pageSize)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var variables = new JsonObject
            {
                ["first"] = pageSize,
                ["after"] = after,
                ["where"] = where?.DeepClone(),
                ["order"] = order is null ? null : new JsonArray([.. order.Select(o => (JsonNode)new JsonObject { [o.Field] = o.Descending ? "DESC" : "ASC" })]),
            };
            var connection = (await client.DataAsync(query, variables))[field]!;
            nodes.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!));
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
            {
                Assert.Equal((int)connection["totalCount"]!, nodes.Count);
                return nodes;
            }

            after = (string)connection["pageInfo"]!["endCursor"]!;
        }

        throw new InvalidOperationException("More than 100 pages.");
    }

    private static Row ToRow(JsonNode node, Func<JsonNode, Dictionary<string, object?>> values)
    {
        Assert.True(NodeId.TryDecode((string)node["id"]!, out _, out var id));
        return new Row(id, (string?)node["reference"] ?? (string?)node["person"]?["reference"] ?? "", values(node));
    }

    private static Filter FieldFilter(string field, JsonNode condition, Func<Row, bool> matches) =>
        new(new JsonObject { [field] = condition }, matches);

    private static string Lower(string text) => new([.. text.Select(ch => ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch)]);

    private static Gen<(JsonNode Json, Func<string, bool> Matches)> TextCondition => Gen.Frequency(
        (5, Gen.Select(Gen.OneOf("eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"), Gen.OneOf(Words)).Select((op, word) =>
        {
            var w = Lower(word);
            Func<string, bool> test = op switch
            {
                "eq" => v => Lower(v) == w,
                "neq" => v => Lower(v) != w,
                "contains" => v => Lower(v).Contains(w, StringComparison.Ordinal),
                "ncontains" => v => !Lower(v).Contains(w, StringComparison.Ordinal),
                "startsWith" => v => Lower(v).StartsWith(w, StringComparison.Ordinal),
                "nstartsWith" => v => !Lower(v).StartsWith(w, StringComparison.Ordinal),
                "endsWith" => v => Lower(v).EndsWith(w, StringComparison.Ordinal),
                _ => v => !Lower(v).EndsWith(w, StringComparison.Ordinal),
            };
            return ((JsonNode)new JsonObject { [op] = word }, test);
        })),
        (1, Gen.Select(Gen.Bool, Gen.OneOf("P-ADA", "p-ben", "Ada Mensah", "Dev", "eve thomas", "nobody").Array[1, 3]).Select((isIn, words) =>
        {
            var lowered = words.Select(Lower).ToHashSet();
            return ((JsonNode)new JsonObject { [isIn ? "in" : "nin"] = new JsonArray([.. words.Select(x => (JsonNode)x)]) }, (Func<string, bool>)(v => lowered.Contains(Lower(v)) == isIn));
        })));

    private static Gen<(JsonNode Json, Func<DateOnly?, bool> Matches)> DateCondition(Gen<DateOnly?> values, bool nullable) =>
        Comparison(values, d => (JsonNode)d!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nullable);

    /// <summary>A comparable condition and its meaning in C#: a missing value never satisfies a comparison, so it satisfies every negation.</summary>
    private static Gen<(JsonNode Json, Func<T?, bool> Matches)> Comparison<T>(Gen<T?> values, Func<T?, JsonNode> format, bool nullable)
        where T : struct, IComparable<T> =>
        Gen.Select(Gen.OneOf("eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "in", "nin"), values, values.Array[1, 3]).Where((op, v, _) => v is not null || (nullable && op is "eq" or "neq")).Select((op, v, list) =>
        {
            var given = list.Where(x => x is not null).Select(x => x!.Value).DefaultIfEmpty(v ?? default).ToList();
            Func<T?, bool> test = op switch
            {
                "eq" => x => Nullable.Equals(x, v),
                "neq" => x => !Nullable.Equals(x, v),
                "in" => x => x is { } value && given.Contains(value),
                "nin" => x => x is not { } value || !given.Contains(value),
                _ => x =>
                {
                    var holds = x is { } value && op.TrimStart('n') switch
                    {
                        "gt" => value.CompareTo(v!.Value) > 0,
                        "gte" => value.CompareTo(v!.Value) >= 0,
                        "lt" => value.CompareTo(v!.Value) < 0,
                        _ => value.CompareTo(v!.Value) <= 0,
                    };
                    return op.StartsWith('n') ? !holds : holds;
                }
                ,
            };
            JsonNode json = op is "in" or "nin"
                ? new JsonObject { [op] = new JsonArray([.. given.Select(g => (JsonNode)format(g))]) }
                : new JsonObject { [op] = v is null ? null : format(v) };
            return (json, test);
        });
}
