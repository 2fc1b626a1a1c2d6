using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Subscriptions;

/// <summary>Who may see a plan is decided again for every change, not once when the subscriber subscribed.</summary>
public sealed class AccessChangeTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Fact]
    public async Task R28_a_planner_removed_from_a_plan_hears_nothing_more_of_it()
    {
        var ada = await factory.PlanIdOfAsync("p-ada");
        var dev = await factory.PlanIdOfAsync("p-dev");
        var adasPlan = SubscriptionTestData.NodeIdOf(ada);
        await using var lee = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("sp-lee"));
        await using var sam = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
        await lee.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await sam.SubscribeAsync("all", SubscriptionTestData.AllPlans);
        await lee.PingPongAsync();
        await sam.PingPongAsync();

        // Ada withdraws her consent: Lee is no longer a helper on the version being worked on.
        using var adaHttp = factory.CreateClientFor("p-ada");
        var helpers = await adaHttp.DataAsync(
            "query($plan: ID!) { node(id: $plan) { ... on CarePlan { currentVersion { helpers { id kind } } } } }", new { plan = adasPlan });
        var leeHelper = (string)helpers["node"]!["currentVersion"]!["helpers"]!.AsArray()
            .Single(h => (string?)h!["kind"] == "INDEPENDENT_SUPPORT_PLANNER")!["id"]!;
        await SucceedAsync(adaHttp, "removePlanHelper", new { planId = adasPlan, helperId = leeHelper });

        // Then she submits her plan.
        await SucceedAsync(adaHttp, "submitPlan", new { planId = adasPlan });

        var samHeard = (await sam.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!;
        Assert.Equal("SUBMITTED", (string?)samHeard["newStatus"]);
        Assert.Equal("p-ada", (string?)samHeard["plan"]!["person"]!["reference"]);

        // Lee still helps Dev, so a marker on Dev's plan reaches him; nothing about Ada's came before it.
        var marker = await factory.PublishMarkerAsync(dev);
        Assert.Equal(marker, (string?)(await lee.NextPayloadAsync("all"))["data"]!["planStatusChanged"]!["eventId"]);
        Assert.Empty(lee.Drain());
    }

    private static async Task SucceedAsync(HttpClient client, string mutation, object input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.DataAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ __typename ... on Error {{ code message }} }} }} }}",
            new { input });
        Assert.True(data[mutation]!["errors"] is null, $"{mutation} was refused: {data[mutation]!["errors"]?.ToJsonString()}");
    }
}
