using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Issue 17: administrators see every deprecated field, what replaces it, and which integrations' trusted documents
/// still select it (<c>deprecatedFieldUsage</c>, matched as <c>fieldUsage</c> matches); no one else does.
/// </summary>
public sealed class DeprecatedFieldUsageTests
{
    private const string Usage = "{ deprecatedFieldUsage { coordinate reason usedBy { integration { id name } documents { documentId operationNames } } } }";

    // The schema's one deprecated field, and a document an outside team might still send with it.
    private const string ReviewsDueDocument = "query SunriseReviewsDue { reviewsDue(before: \"2026-12-31\") { id nextReviewDue } }";
    private const string ReplacementDocument = "query SunriseDue { plansDueForReview(dueBy: \"2026-12-31\") { nodes { id } } }";

    [Fact]
    public async Task Administrators_see_each_deprecated_field_its_replacement_and_the_integrations_still_selecting_it()
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?>());
        using var jo = factory.CreateClientFor("admin-jo");

        // No demo document selects it, so no one is listed yet.
        var before = Assert.Single((await jo.DataAsync(Usage))["deprecatedFieldUsage"]!.AsArray())!;
        Assert.Equal("Query.reviewsDue", (string)before["coordinate"]!);
        Assert.StartsWith("Use `plansDueForReview(dueBy:)`", (string)before["reason"]!, StringComparison.Ordinal);
        Assert.Empty(before["usedBy"]!.AsArray());

        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var integrationId = await jo.IntegrationIdAsync("Sunrise Home Care portal");
        await sunrise.SucceedAsync("registerTrustedDocuments", new { integrationId, documents = new[] { ReviewsDueDocument, ReplacementDocument } }, "documentIds");

        var after = Assert.Single((await jo.DataAsync(Usage))["deprecatedFieldUsage"]!.AsArray())!;
        var user = Assert.Single(after["usedBy"]!.AsArray())!;
        Assert.Equal(integrationId, (string)user["integration"]!["id"]!);
        var document = Assert.Single(user["documents"]!.AsArray())!;
        Assert.Equal(DocumentHash.Of(ReviewsDueDocument), (string)document["documentId"]!);
        Assert.Equal(["SunriseReviewsDue"], document["operationNames"]!.AsArray().Select(n => (string)n!));

        // The same integrations and documents that fieldUsage names for that coordinate.
        var fieldUsage = (await jo.DataAsync("{ fieldUsage(coordinate: \"Query.reviewsDue\") { integration { id name } documents { documentId operationNames } } }"))["fieldUsage"]!;
        Assert.True(JsonNode.DeepEquals(fieldUsage, after["usedBy"]), fieldUsage.ToJsonString());
    }

    [Theory]
    [InlineData("prov-sunrise")]
    [InlineData("p-ada")]
    [InlineData("sp-lee")]
    [InlineData("kw-sam")]
    public async Task No_one_but_an_administrator_sees_deprecated_field_usage(string persona)
    {
        using var factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?>());
        using var client = factory.CreateClientFor(persona);

        var body = await client.PostAsync(Usage);

        Assert.Null(body["data"]?["deprecatedFieldUsage"]);
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
    }

    [Fact]
    public void Deprecated_fields_are_listed_as_the_coordinates_documents_record_and_only_fields()
    {
        var schema = Schema.For("""
            interface Named { name: String @deprecated(reason: "Use `title`.") title: String }
            type Item implements Named { name: String @deprecated(reason: "Use `title`.") title: String size: Int @deprecated }
            enum Colour { RED GREEN @deprecated(reason: "Use `RED`.") }
            input Filter { size: Int colour: Colour }
            type Query { item(filter: Filter): Item old: Item @deprecated(reason: "Use `item`.") }
            """);

        Assert.Equal(
            [new("Item.name", "Use `title`."), new("Item.size", "No longer supported"), new("Named.name", "Use `title`."), new DeprecatedField("Query.old", "Use `item`.")],
            DeprecatedFields.Of(schema));
    }
}
