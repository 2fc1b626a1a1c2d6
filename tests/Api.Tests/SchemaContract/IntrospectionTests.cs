using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// Issue 18: introspection as the current GraphQL specification defines it, asked the way graphql-js's
/// <c>getIntrospectionQuery</c> asks with every option on (descriptions, specifiedByUrl, directiveIsRepeatable,
/// schemaDescription, inputValueDeprecation, oneOf), over HTTP. tests/Codegen checks the same with graphql-js itself.
/// </summary>
public sealed class IntrospectionTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    // Written for this test with the fields and arguments that query selects when every option is on.
    private const string EveryOption = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) {
            name description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
        }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        }
        """;

    [Fact]
    public async Task Introspection_with_every_graphql_js_option_on_answers_without_errors()
    {
        using var client = factory.CreateClientFor("kw-sam");

        var schema = (await client.DataAsync(EveryOption))["__schema"]!;

        Assert.StartsWith("CarePlanGraph:", (string)schema["description"]!, StringComparison.Ordinal);
        var types = schema["types"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => t!);
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", (string?)types["Date"]["specifiedByURL"]);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", (string?)types["DateTime"]["specifiedByURL"]);
        Assert.Equal("https://scalars.graphql.org/apollographql/long-v0.1.html", (string?)types["Long"]["specifiedByURL"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)types["Long"]["description"]));
        Assert.Null(types["String"]["specifiedByURL"]);
        Assert.Null(types["CarePlan"]["specifiedByURL"]);

        // Sort entries are one-of (exactly one field); filters, which AND their fields, are not; outputs say null.
        Assert.True((bool?)types["PersonSortInput"]["isOneOf"]);
        Assert.False((bool?)types["PersonFilterInput"]["isOneOf"]);
        Assert.Null(types["CarePlan"]["isOneOf"]);

        var directives = schema["directives"]!.AsArray().ToDictionary(d => (string)d!["name"]!, d => d!);
        Assert.Superset(new HashSet<string> { "skip", "include", "deprecated", "specifiedBy", "oneOf" }, directives.Keys.ToHashSet());
        Assert.All(directives.Values, d => Assert.False((bool)d["isRepeatable"]!));
        Assert.Equal(["SCALAR"], directives["specifiedBy"]["locations"]!.AsArray().Select(l => (string)l!));
        Assert.Equal(["INPUT_OBJECT"], directives["oneOf"]["locations"]!.AsArray().Select(l => (string)l!));
        Assert.Contains("ARGUMENT_DEFINITION", directives["deprecated"]["locations"]!.AsArray().Select(l => (string)l!));
        Assert.Contains("INPUT_FIELD_DEFINITION", directives["deprecated"]["locations"]!.AsArray().Select(l => (string)l!));
    }

    [Fact]
    public async Task IncludeDeprecated_on_args_and_input_fields_is_accepted_and_lists_the_same_values_while_none_is_deprecated()
    {
        using var client = factory.CreateClientFor("kw-sam");

        var types = (await client.DataAsync("""
            { __schema { types { name
                fields(includeDeprecated: true) { name
                  args { name isDeprecated } all: args(includeDeprecated: true) { name isDeprecated deprecationReason } }
                inputFields { name isDeprecated } allInputFields: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }
            """))["__schema"]!["types"]!.AsArray();

        var compared = 0;
        foreach (var type in types)
        {
            foreach (var field in type!["fields"]?.AsArray() ?? [])
            {
                AssertSameNames(field!["args"]!, field["all"]!);
                compared++;
            }

            if (type["inputFields"] is JsonArray inputFields)
            {
                AssertSameNames(inputFields, type["allInputFields"]!);
                compared++;
            }
        }

        Assert.True(compared > 100, $"only {compared} lists compared");

        static void AssertSameNames(JsonNode some, JsonNode all)
        {
            Assert.Equal(some.AsArray().Select(a => (string)a!["name"]!), all.AsArray().Select(a => (string)a!["name"]!));
            Assert.All(all.AsArray(), a => Assert.False((bool)a!["isDeprecated"]!));
        }
    }

    [Theory]
    [InlineData("""{ fullName: ASC, reference: DESC }""")]
    [InlineData("""{ }""")]
    [InlineData("""{ fullName: null }""")]
    public async Task A_sort_entry_naming_no_field_or_two_is_refused_at_validation_as_oneOf(string entry)
    {
        using var client = factory.CreateClientFor("admin-jo");

        var body = await client.PostAsync($"{{ people(order: [{entry}]) {{ totalCount }} }}");

        Assert.Null(body["data"]);
        Assert.Contains("OneOf", (string)body["errors"]![0]!["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_published_sdl_marks_custom_scalars_and_one_of_inputs_and_leaves_out_the_spec_directives()
    {
        using var client = factory.CreateClient();

        var sdl = (await client.GetStringAsync("/graphql/schema.graphql")).ReplaceLineEndings("\n");

        Assert.Contains("scalar Date @specifiedBy(url: \"https://scalars.graphql.org/andimarek/local-date.html\")\n", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar Long @specifiedBy(url: \"https://scalars.graphql.org/apollographql/long-v0.1.html\")\n", sdl, StringComparison.Ordinal);
        Assert.Contains("input PersonSortInput @oneOf {", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @specifiedBy", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @oneOf", sdl, StringComparison.Ordinal);
    }
}
