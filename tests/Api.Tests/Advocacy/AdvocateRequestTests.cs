using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Advocacy;

/// <summary>[A] "you can ask for an independent advocate": the person asks, the Key Worker refers, which fulfils the request.</summary>
public sealed class AdvocateRequestTests
{
    private const string Request = "advocacy { referred request { reason requestedByName requestedByRole pending fulfilledAt } }";

    [Fact]
    public async Task R22_the_person_asks_for_an_advocate_the_key_worker_sees_it_and_the_referral_fulfils_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");

        Assert.Equal(["REQUIRED_TEXT_MISSING"], await ben.RefuseAsync("requestAdvocate", new { planId, reason = " " }, Request));
        var asked = await ben.SucceedAsync("requestAdvocate", new { planId, reason = "I want help to challenge the budget." }, Request + " plan { history { kind } }");

        var request = asked["advocacy"]!["request"]!;
        Assert.Equal(("I want help to challenge the budget.", "Benjamin Hughes", "PERSON", true), ((string)request["reason"]!, (string)request["requestedByName"]!, (string)request["requestedByRole"]!, (bool)request["pending"]!));
        Assert.DoesNotContain(asked["plan"]!["history"]!.AsArray(), e => ((string)e!["kind"]!).Contains("ADVOCA", StringComparison.Ordinal));
        Assert.Equal(["ADVOCATE_REQUEST_PENDING"], await ben.RefuseAsync("requestAdvocate", new { planId, reason = "Again." }, Request));
        Assert.True((bool)(await sam.PlanAsync(planId, Request))["advocacy"]!["request"]!["pending"]!);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var referred = await sam.SucceedAsync("referToAdvocate", new { planId, reason = "Ben asked for help to challenge the budget." }, Request);

        Assert.Equal((true, false), ((bool)referred["advocacy"]!["referred"]!, (bool)referred["advocacy"]!["request"]!["pending"]!));
        Assert.StartsWith("2026-11-03", (string)referred["advocacy"]!["request"]!["fulfilledAt"]!, StringComparison.Ordinal);
        Assert.Equal(["ADVOCATE_ALREADY_ARRANGED"], await ben.RefuseAsync("requestAdvocate", new { planId, reason = "Still waiting." }, Request));
    }

    [Fact]
    public async Task R22_R27_others_may_not_ask_planners_are_not_told_and_other_peoples_plans_are_not_found()
    {
        using var factory = new CarePlanApiFactory();
        using var dev = factory.CreateClientFor("p-dev");
        using var lee = factory.CreateClientFor("sp-lee");
        using var sam = factory.CreateClientFor("kw-sam");
        var devPlan = await factory.PlanIdAsync("p-dev");
        await dev.SucceedAsync("requestAdvocate", new { planId = devPlan, reason = "Someone to speak for me at my review." }, "__typename");

        // The planner helping Dev sees his plan, but not that he asked for an advocate.
        Assert.Null((await lee.PlanAsync(devPlan, Request))["advocacy"]!["request"]);
        Assert.Equal("Someone to speak for me at my review.", (string)(await dev.PlanAsync(devPlan, Request))["advocacy"]!["request"]!["reason"]!);

        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("requestAdvocate", new { planId = devPlan, reason = "He needs one." }));
        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("requestAdvocate", new { planId = devPlan, reason = "He needs one." }));
        using (var oak = factory.CreateClientFor("prov-oak"))
        {
            Assert.Equal("AUTH_FORBIDDEN", await oak.ForbiddenAsync("requestAdvocate", new { planId = devPlan, reason = "He needs one." }));
        }

        foreach (var persona in new[] { "p-cleo", "adv-noor" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal(["PLAN_NOT_FOUND"], await client.RefuseAsync("requestAdvocate", new { planId = devPlan, reason = "For Dev." }));
        }

        var badId = await dev.PostAsync("mutation($input: RequestAdvocateInput!) { requestAdvocate(input: $input) { __typename } }", new { input = new { planId = "nope", reason = "x" } });
        Assert.Equal("INVALID_ID", (string)badId["errors"]![0]!["extensions"]!["code"]!);
    }
}
