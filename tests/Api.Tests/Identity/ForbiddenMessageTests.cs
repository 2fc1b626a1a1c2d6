using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>
/// Text people read is plain English (DESIGN.md): a refusal names the caller's role in words, never as an enum. The
/// panel sees only plans referred to it, so its case is in <c>RiskPanelTests</c>.
/// </summary>
public sealed class ForbiddenMessageTests
{
    [Theory]
    [InlineData("p-cleo", "As the person the plan is for, you may not conduct a review of this plan.")]
    [InlineData("prov-sunrise", "As a service provider, you may not conduct a review of this plan.")]
    [InlineData("cs-kim", "As a member of Customer Services, you may not conduct a review of this plan.")]
    [InlineData("sg-tom", "As a member of the safeguarding team, you may not conduct a review of this plan.")]
    public async Task A_forbidden_change_names_the_callers_role_in_plain_english(string persona, string message)
    {
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClientFor(persona);
        var planId = await factory.PlanIdAsync("p-cleo");

        var body = await client.PostAsync("mutation($input: StartReviewInput!) { startReview(input: $input) { __typename } }", new { input = new { planId } });

        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(("AUTH_FORBIDDEN", message), ((string)error["extensions"]!["code"]!, (string)error["message"]!));
    }
}
