using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R26, R28: an organisation sees a plan only with the person's consent, recorded as a helper entry naming it; only
/// the person or the council may record one, so a planner cannot open the plan to another organisation.
/// </summary>
public sealed class ConsentTests
{
    private const string AdasPlanAsSeen = "query($id: ID!) { node(id: $id) { id } plans(first: 10) { totalCount } }";

    [Fact]
    public async Task R26_a_planner_may_not_give_another_organisation_access_to_the_persons_plan()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var noor = factory.CreateClientFor("adv-noor");
        var planId = await factory.PlanIdAsync("p-ada");

        var codes = await lee.RefuseAsync("addPlanHelper", Helper(planId, await factory.OrganisationIdAsync("adv-noor")), "plan { id }");

        Assert.Equal(["ACTOR_NOT_PERMITTED"], codes);
        var seen = await noor.DataAsync(AdasPlanAsSeen, new { id = planId });
        Assert.Null(seen["node"]);
        Assert.Equal(0, (int)seen["plans"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("p-ada")]
    [InlineData("kw-sam")]
    public async Task R26_the_person_or_the_council_may_and_then_the_organisation_sees_the_plan(string who)
    {
        using var factory = new CarePlanApiFactory();
        using var adder = factory.CreateClientFor(who);
        using var noor = factory.CreateClientFor("adv-noor");
        var planId = await factory.PlanIdAsync("p-ada");
        Assert.Null((await noor.DataAsync(AdasPlanAsSeen, new { id = planId }))["node"]);

        await adder.SucceedAsync("addPlanHelper", Helper(planId, await factory.OrganisationIdAsync("adv-noor")), "plan { id }");

        var seen = await noor.DataAsync(AdasPlanAsSeen, new { id = planId });
        Assert.Equal(planId, (string)seen["node"]!["id"]!);
        Assert.Equal(1, (int)seen["plans"]!["totalCount"]!);
    }

    private static object Helper(string planId, string organisationId) =>
        new { planId, kind = "INDEPENDENT_ADVOCATE", name = "Noor Hussain", organisationId };
}
