using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>R27: a provider sees money only for its own items, and none of the panel's reasons about the person.</summary>
public sealed class ProviderMoneyTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string DevsPlan = """
        query($id: ID!) {
          node(id: $id) {
            ... on CarePlan {
              agreedVersion { number status totalAnnualCost { pence } totalWeeklyCost { pence } supportItems { annualCost { pence } weeklyCost { pence } } }
              riskPanelDecision { __typename }
              riskPanelReferral { __typename }
            }
          }
        }
        """;

    [Fact]
    public async Task R27_a_providers_totals_on_Devs_agreed_version_are_of_its_own_items_and_the_panels_decision_and_referral_are_refused()
    {
        var planId = await factory.PlanIdAsync("p-dev");
        using var oak = factory.CreateClientFor("prov-oak");
        using var council = factory.CreateClientFor("admin-jo");

        var body = await oak.PostAsync(DevsPlan, new { id = planId });
        var version = body["data"]!["node"]!["agreedVersion"]!;
        var theirs = (await council.DataAsync(DevsPlan, new { id = planId }))["node"]!["agreedVersion"]!;

        Assert.Equal((1, "AGREED"), ((int)version["number"]!, (string)version["status"]!));
        var ownItems = version["supportItems"]!.AsArray();
        Assert.Single(ownItems);
        Assert.Equal(ownItems.Sum(i => (long)i!["annualCost"]!["pence"]!), (long)version["totalAnnualCost"]!["pence"]!);
        Assert.Equal(ownItems.Sum(i => (long)i!["weeklyCost"]!["pence"]!), (long)version["totalWeeklyCost"]!["pence"]!);
        Assert.Equal(2, theirs["supportItems"]!.AsArray().Count);
        Assert.NotEqual((long)theirs["totalAnnualCost"]!["pence"]!, (long)version["totalAnnualCost"]!["pence"]!);
        Assert.NotEqual((long)theirs["totalWeeklyCost"]!["pence"]!, (long)version["totalWeeklyCost"]!["pence"]!);

        Assert.Null(body["data"]!["node"]!["riskPanelDecision"]);
        Assert.Null(body["data"]!["node"]!["riskPanelReferral"]);
        var refused = body["errors"]!.AsArray().Select(e => ((string)e!["extensions"]!["code"]!, string.Join('.', e["path"]!.AsArray().Select(p => p!.ToString()))));
        Assert.Equal([("AUTH_FIELD_FORBIDDEN", "node.riskPanelDecision"), ("AUTH_FIELD_FORBIDDEN", "node.riskPanelReferral")], refused.Order());
    }
}
