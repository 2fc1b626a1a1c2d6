using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>schema/schema.graphql is the contract clients build against; it must be what the API serves.</summary>
public sealed class SchemaFileTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string SchemaFile = "schema/schema.graphql";

    [Fact]
    public async Task Checked_in_schema_matches_the_served_schema()
    {
        using var client = factory.CreateClient();
        var served = await client.GetStringAsync("/graphql/schema.graphql");
        var path = RepositoryFiles.PathOf(SchemaFile);

        // CAREPLAN_UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests  rewrites the file (see README).
        if (Environment.GetEnvironmentVariable("CAREPLAN_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), $"{SchemaFile} is missing; regenerate it as the README says.");
        var checkedIn = await File.ReadAllTextAsync(path);
        Assert.True(
            string.Equals(checkedIn.ReplaceLineEndings("\n"), served.ReplaceLineEndings("\n"), StringComparison.Ordinal),
            $"{SchemaFile} differs from the served schema; regenerate it as the README says.");
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        using var client = factory.CreateClientFor("kw-sam");
        var data = await client.DataAsync("""
            { __schema { types { name description kind
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """);
        var missing = new List<string>();
        foreach (var type in data["__schema"]!["types"]!.AsArray())
        {
            var name = (string)type!["name"]!;
            if (name.StartsWith("__", StringComparison.Ordinal) || type["kind"]!.GetValue<string>() == "SCALAR")
            {
                continue;
            }

            Check(type, name);
            foreach (var field in type["fields"]?.AsArray() ?? [])
            {
                Check(field!, $"{name}.{field!["name"]}");
                foreach (var arg in field["args"]!.AsArray())
                {
                    Check(arg!, $"{name}.{field["name"]}({arg!["name"]})");
                }
            }

            foreach (var field in type["inputFields"]?.AsArray() ?? [])
            {
                Check(field!, $"{name}.{field!["name"]}");
            }

            foreach (var value in type["enumValues"]?.AsArray() ?? [])
            {
                Check(value!, $"{name}.{value!["name"]}");
            }
        }

        Assert.True(missing.Count == 0, "Undescribed: " + string.Join(", ", missing));

        void Check(System.Text.Json.Nodes.JsonNode node, string path)
        {
            if (string.IsNullOrWhiteSpace((string?)node["description"]))
            {
                missing.Add(path);
            }
        }
    }
}
