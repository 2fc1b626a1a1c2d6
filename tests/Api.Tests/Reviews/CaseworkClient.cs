using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>Sends the casework mutations (reviews, advocacy, the panel, safety, complaints) as a client would, and finds demo plans.</summary>
internal static class CaseworkClient
{
    public const string Errors = "errors { __typename ... on Error { code message } }";

    /// <summary>Runs <c>mutation(input: $input) { selection errors { … } }</c>; GraphQL errors fail the test.</summary>
    public static async Task<JsonNode> MutateAsync(this HttpClient client, string mutation, object input, string selection)
    {
        var body = await client.PostMutationAsync(mutation, input, selection);
        Assert.True(body["errors"] is null, $"{mutation}: unexpected GraphQL errors: {body["errors"]?.ToJsonString()}");
        return body["data"]![mutation]!;
    }

    /// <summary>A mutation that must succeed; returns its payload.</summary>
    public static async Task<JsonNode> SucceedAsync(this HttpClient client, string mutation, object input, string selection)
    {
        var payload = await client.MutateAsync(mutation, input, selection);
        Assert.True(payload["errors"] is null, $"{mutation} was refused: {payload["errors"]?.ToJsonString()}");
        return payload;
    }

    /// <summary>A mutation that must be refused as data; returns the codes of its errors in order.</summary>
    public static async Task<IReadOnlyList<string>> RefuseAsync(this HttpClient client, string mutation, object input, string selection = "__typename")
    {
        var payload = await client.MutateAsync(mutation, input, selection);
        Assert.True(payload["errors"] is JsonArray { Count: > 0 }, $"{mutation} was not refused: {payload.ToJsonString()}");
        return payload["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToArray();
    }

    /// <summary>A mutation that must be refused as a GraphQL error (sign-in or permission); returns its code.</summary>
    public static async Task<string> ForbiddenAsync(this HttpClient client, string mutation, object input, string selection = "__typename")
    {
        var body = await client.PostMutationAsync(mutation, input, selection);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Null(body["data"]?[mutation]);
        return (string)error["extensions"]!["code"]!;
    }

    /// <summary>The global ID of the plan of the person with <paramref name="reference"/>, as an administrator sees it.</summary>
    public static async Task<string> PlanIdAsync(this CarePlanApiFactory factory, string reference)
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { reference plans { id } } } }"))["people"]!["nodes"]!.AsArray();
        return (string)people.Single(p => (string)p!["reference"]! == reference)!["plans"]![0]!["id"]!;
    }

    /// <summary>The global ID of an organisation by its handle, read from the database (there is no query listing organisations).</summary>
    public static async Task<string> OrganisationIdAsync(this CarePlanApiFactory factory, string handle)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Handle == handle);
        return NodeId.Encode("Organisation", organisation.Id.Value);
    }

    /// <summary>The global ID of the integration named <paramref name="name"/>, as <paramref name="admin"/> (an administrator) lists it.</summary>
    public static async Task<string> IntegrationIdAsync(this HttpClient admin, string name) =>
        (string)(await admin.DataAsync("query($name: String!) { integrations(where: { name: { eq: $name } }) { nodes { id } } }", new { name }))["integrations"]!["nodes"]![0]!["id"]!;

    /// <summary>The plan as <paramref name="client"/> sees it, with the given selection.</summary>
    public static async Task<JsonNode> PlanAsync(this HttpClient client, string planId, string selection)
    {
        var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on CarePlan {{ {selection} }} }} }}", new { id = planId });
        return data["node"]!;
    }

    private static Task<JsonObject> PostMutationAsync(this HttpClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return client.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} {Errors} }} }}", new { input });
    }
}
