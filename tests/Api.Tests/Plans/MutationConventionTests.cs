using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>The schema follows Hot Chocolate's mutation conventions, in a way clients can rely on.</summary>
public sealed class MutationConventionTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    [Fact]
    public async Task Every_mutation_takes_one_input_and_returns_a_payload_whose_errors_are_a_union_of_Error_types()
    {
        var schema = await SchemaAsync();
        var mutation = Type(schema, "Mutation");
        Assert.True(mutation["fields"]!.AsArray().Count >= 15);

        foreach (var field in mutation["fields"]!.AsArray())
        {
            var name = (string)field!["name"]!;
            var pascal = char.ToUpperInvariant(name[0]) + name[1..];
            var argument = Assert.Single(field["args"]!.AsArray())!;
            Assert.Equal("input", (string)argument["name"]!);
            Assert.Equal($"{pascal}Input!", Describe(argument["type"]!));
            Assert.Equal($"{pascal}Payload!", Describe(field["type"]!));

            var errors = Type(schema, $"{pascal}Payload")["fields"]!.AsArray().Single(f => (string)f!["name"]! == "errors")!;
            Assert.Equal($"[{pascal}Error!]", Describe(errors["type"]!));
            var union = Type(schema, $"{pascal}Error");
            Assert.Equal("UNION", (string)union["kind"]!);
            foreach (var member in union["possibleTypes"]!.AsArray())
            {
                var implemented = Type(schema, (string)member!["name"]!)["interfaces"]!.AsArray().Select(i => (string)i!["name"]!);
                Assert.Contains("Error", implemented);
            }
        }
    }

    [Fact]
    public async Task Fields_of_the_same_name_have_the_same_type_across_each_error_union_so_clients_can_select_them_together()
    {
        var schema = await SchemaAsync();
        var conflicts = new List<string>();
        foreach (var union in schema.Where(t => (string)t!["kind"]! == "UNION"))
        {
            var byName = union!["possibleTypes"]!.AsArray()
                .SelectMany(m => Type(schema, (string)m!["name"]!)["fields"]!.AsArray().Select(f => (Member: (string)m["name"]!, Name: (string)f!["name"]!, Type: Describe(f["type"]!))))
                .GroupBy(f => f.Name);
            conflicts.AddRange(byName
                .Where(g => g.Select(f => f.Type).Distinct().Count() > 1)
                .Select(g => $"{union["name"]}.{g.Key}: " + string.Join(", ", g.Select(f => $"{f.Member} {f.Type}"))));
        }

        Assert.True(conflicts.Count == 0, "Conflicting field types: " + string.Join("; ", conflicts));
    }

    [Fact]
    public async Task The_agreement_check_enum_and_money_have_the_contract_shape()
    {
        var schema = await SchemaAsync();

        Assert.Equal(
            ["COMPLETE", "AFFORDABLE", "ARRANGED", "EFFECTIVE", "RISKS_CONSIDERED", "OWN_DECISIONS", "LAWFUL"],
            Type(schema, "AgreementCheck")["enumValues"]!.AsArray().Select(v => (string)v!["name"]!));
        var money = Type(schema, "Money")["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => Describe(f!["type"]!));
        Assert.Equal(new Dictionary<string, string> { ["pence"] = "Long!", ["currency"] = "String!", ["formatted"] = "String!" }, money);
        var checks = Type(schema, "PlanVersion")["fields"]!.AsArray().Single(f => (string)f!["name"]! == "agreementChecks")!;
        Assert.Equal("[AgreementCheckResult!]!", Describe(checks["type"]!));
        var error = Type(schema, "Error")["fields"]!.AsArray().Select(f => (string)f!["name"]!);
        Assert.Equal(["message", "code"], error);
    }

    private async Task<JsonArray> SchemaAsync()
    {
        using var client = factory.CreateClientFor("admin-jo");
        var data = await client.DataAsync($$"""
            { __schema { types { kind name
                interfaces { name }
                possibleTypes { name }
                enumValues { name }
                fields { name type { {{TypeRef}} } args { name type { {{TypeRef}} } } } } } }
            """);
        return data["__schema"]!["types"]!.AsArray();
    }

    private static JsonNode Type(JsonArray schema, string name) => schema.Single(t => (string)t!["name"]! == name)!;

    private static string Describe(JsonNode type) => (string)type["kind"]! switch
    {
        "NON_NULL" => Describe(type["ofType"]!) + "!",
        "LIST" => "[" + Describe(type["ofType"]!) + "]",
        _ => (string)type["name"]!,
    };
}
