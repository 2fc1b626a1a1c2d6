using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Plans;

public class UnpaidSupportTests
{
    [Fact]
    public async Task R34_unpaid_support_with_a_cost_is_refused_with_a_typed_error_and_at_no_cost_leaves_the_management_option()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        var plan = await lee.PlanOfAsync("p-ada");
        var planId = plan.Id();
        object Item(int pence) => new
        {
            description = "Weekly befriending visit",
            unitCostPence = pence,
            frequency = "WEEKLY",
            quantity = 1,
            arrangement = "UNPAID",
            providerName = "Hythe Good Neighbours volunteers",
            outcomesMet = new[] { plan.PartId("outcomes", "Get to the library") },
        };

        var refused = await lee.MutateAsync("addSupportItem", new { planId, item = Item(500) }, "errors { __typename ... on Error { code message } }");
        Assert.Equal(["UNPAID_SUPPORT_COST"], PlanClient.Codes(refused));

        var added = await lee.SucceedAsync("addSupportItem", new { planId, item = Item(0) }, "version { managementOption supportItems { arrangement annualCost { pence } } }");
        Assert.Equal("COUNCIL_MANAGED", (string)added["version"]!["managementOption"]!);
        Assert.Equal(2, added["version"]!["supportItems"]!.AsArray().Count);
    }
}
