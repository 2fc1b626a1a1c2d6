using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R27: a provider sees money only for its own items, and none of the panel's reasons about the person; how the rest of
/// the person's support is paid for (the management option of every item) is not its business either.
/// </summary>
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

    [Fact]
    public async Task R27_a_providers_management_option_on_Bens_agreed_plan_is_of_its_own_items_by_the_plan_and_by_the_versions_ID()
    {
        // Ben's plan: Oak's day service (arranged by the council) and a personal assistant paid by Direct Payment.
        using var ben = factory.CreateClientFor("p-ben");
        using var sam = factory.CreateClientFor("kw-sam");
        using var oak = factory.CreateClientFor("prov-oak");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var planId = (await ben.PlanOfAsync("p-ben")).Id();
        await sam.SucceedAsync("declinePlan", new { planId, reasons = "Over the personal budget.", requiredChanges = new[] { "Fewer day service sessions." }, adviceOffered = "None." });
        var plan = await ben.PlanOfAsync("p-ben");
        await ben.SucceedAsync("updateSupportItem", new { planId, expectedRevision = plan.Revision(), supportItemId = plan.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });
        await sam.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId));

        const string ByPlan = "query($id: ID!) { node(id: $id) { ... on CarePlan { agreedVersion { id managementOption supportItems { arrangement } } } } }";
        const string ByVersion = "query($id: ID!) { node(id: $id) { ... on PlanVersion { managementOption supportItems { arrangement } } } }";
        var councils = (await sam.DataAsync(ByPlan, new { id = planId }))["node"]!["agreedVersion"]!;
        Assert.Equal("COMBINATION", (string)councils["managementOption"]!);
        Assert.Equal(["COUNCIL_ARRANGED", "DIRECT_PAYMENT"], councils["supportItems"]!.AsArray().Select(i => (string)i!["arrangement"]!));

        var versionId = (string)councils["id"]!;
        var oaksByPlan = (await oak.DataAsync(ByPlan, new { id = planId }))["node"]!["agreedVersion"]!;
        var oaksByVersion = (await oak.DataAsync(ByVersion, new { id = versionId }))["node"]!;
        foreach (var seen in new[] { oaksByPlan, oaksByVersion })
        {
            Assert.Equal("COUNCIL_MANAGED", (string)seen["managementOption"]!);
            Assert.Equal(["COUNCIL_ARRANGED"], seen["supportItems"]!.AsArray().Select(i => (string)i!["arrangement"]!));
        }

        Assert.Null((await sunrise.DataAsync(ByVersion, new { id = versionId }))["node"]);
        Assert.Equal("COMBINATION", (string)(await sam.DataAsync(ByVersion, new { id = versionId }))["node"]!["managementOption"]!);
    }
}
