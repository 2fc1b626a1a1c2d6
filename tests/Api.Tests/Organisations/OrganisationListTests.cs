using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Organisations;

/// <summary>Finding an organisation to name (a provider on an item, a planner or an advocate as a helper).</summary>
public sealed class OrganisationListTests
{
    private const string Query = "query($kind: OrganisationKind) { organisations(first: 10, kind: $kind) { totalCount nodes { id handle name kind } } }";

    [Theory]
    [InlineData("p-ada")]
    [InlineData("sp-lee")]
    [InlineData("prov-oak")]
    [InlineData("kw-sam")]
    public async Task Anyone_signed_in_lists_the_organisations_by_name(string persona)
    {
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClientFor(persona);
        var list = (await client.DataAsync(Query))["organisations"]!;
        var nodes = list["nodes"]!.AsArray();
        Assert.Equal(4, (int)list["totalCount"]!);
        Assert.Equal(["adv-noor", "prov-oak", "prov-sunrise", "sp-lee"], nodes.Select(o => (string)o!["handle"]!).Order(StringComparer.Ordinal));
        var names = nodes.Select(o => (string)o!["name"]!).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task A_kind_narrows_the_list_and_the_ids_open_the_same_records_by_node()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        var providers = (await lee.DataAsync(Query, new { kind = "SERVICE_PROVIDER" }))["organisations"]!["nodes"]!.AsArray();
        Assert.Equal(["prov-oak", "prov-sunrise"], providers.Select(o => (string)o!["handle"]!).Order(StringComparer.Ordinal));
        Assert.All(providers, o => Assert.Equal("SERVICE_PROVIDER", (string)o!["kind"]!));

        var ids = providers.Select(o => (string)o!["id"]!).ToArray();
        var nodes = (await lee.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { handle } } }", new { ids }))["nodes"]!.AsArray();
        Assert.Equal(providers.Select(o => (string)o!["handle"]!), nodes.Select(n => (string)n!["handle"]!));
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        using var factory = new CarePlanApiFactory();
        using var anonymous = factory.CreateClient();
        var body = await anonymous.PostAsync(Query);
        Assert.Null(body["data"]?["organisations"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }
}
