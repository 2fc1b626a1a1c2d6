using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>R21, R29: asking for a review at any time, and the Key Worker's decision, with the roles of Identity and access.</summary>
public sealed class ReviewRequestTests
{
    private const string Request = "reviewRequest { id status grounds requestedByRole }";

    private static object NeedsChanged(string planId) => new { planId, grounds = new[] { "NEEDS_CHANGED" }, details = "Needs more help in the mornings." };

    [Theory]
    [InlineData("p-cleo", "PERSON")]
    [InlineData("prov-sunrise", "PROVIDER")]
    [InlineData("kw-sam", "KEY_WORKER")]
    [InlineData("cs-kim", "CUSTOMER_SERVICES")]
    public async Task R21_the_person_a_provider_or_the_council_may_request_a_review_at_any_time(string persona, string role)
    {
        using var factory = new CarePlanApiFactory();
        using var client = factory.CreateClientFor(persona);
        var planId = await factory.PlanIdAsync("p-cleo");

        var payload = await client.SucceedAsync("requestReview", NeedsChanged(planId), Request + " plan { status reviewRequests { id } }");

        Assert.Equal(("PENDING", role), ((string)payload["reviewRequest"]!["status"]!, (string)payload["reviewRequest"]!["requestedByRole"]!));
        Assert.Equal("ACTIVE", (string)payload["plan"]!["status"]!);
        Assert.Single(payload["plan"]!["reviewRequests"]!.AsArray());
    }

    [Fact]
    public async Task R21_R28_a_planner_may_not_request_a_review_and_those_who_cannot_see_the_plan_find_none()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var oak = factory.CreateClientFor("prov-oak");
        using var anonymous = factory.CreateClient();
        var cleoPlan = await factory.PlanIdAsync("p-cleo");
        var devPlan = await factory.PlanIdAsync("p-dev");

        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("requestReview", NeedsChanged(devPlan)));
        Assert.Equal(["PLAN_NOT_FOUND"], await oak.RefuseAsync("requestReview", NeedsChanged(cleoPlan)));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", await anonymous.ForbiddenAsync("requestReview", NeedsChanged(cleoPlan)));
    }

    [Fact]
    public async Task R21_a_request_needs_grounds_and_details_only_the_council_requests_as_the_council_and_only_once_support_is_in_place()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var ada = factory.CreateClientFor("p-ada");
        var planId = await factory.PlanIdAsync("p-cleo");

        Assert.Equal(["NO_REVIEW_GROUNDS", "REQUIRED_TEXT_MISSING"], await cleo.RefuseAsync("requestReview", new { planId, grounds = Array.Empty<string>(), details = " " }));
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await cleo.RefuseAsync("requestReview", new { planId, grounds = new[] { "COUNCIL_REQUEST" }, details = "Please." }));
        Assert.Equal(["INVALID_TRANSITION"], await ada.RefuseAsync("requestReview", NeedsChanged(await factory.PlanIdAsync("p-ada"))));
    }

    [Fact]
    public async Task R21_R29_only_the_key_worker_decides_and_a_declined_request_carries_reasons_the_requester_is_told()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var planId = await factory.PlanIdAsync("p-cleo");
        var requestId = (string)(await sunrise.SucceedAsync("requestReview", NeedsChanged(planId), Request))["reviewRequest"]!["id"]!;
        var decline = new { reviewRequestId = requestId, accept = false, reasons = "Her first review is next week; we will look at the mornings then." };

        foreach (var persona in new[] { "p-cleo", "prov-sunrise", "cs-kim", "sg-tom" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal("AUTH_FORBIDDEN", await client.ForbiddenAsync("decideReviewRequest", decline));
        }

        // R23: the panel sees only plans referred to it, so this request is not there for it at all.
        using (var ravi = factory.CreateClientFor("panel-ravi"))
        {
            Assert.Equal(["REVIEW_REQUEST_NOT_FOUND"], await ravi.RefuseAsync("decideReviewRequest", decline));
        }

        Assert.Equal(["REQUIRED_TEXT_MISSING"], await sam.RefuseAsync("decideReviewRequest", new { reviewRequestId = requestId, accept = false }));
        var declined = await sam.SucceedAsync("decideReviewRequest", decline, "reviewRequest { status declineReasons decidedByName review { id } } plan { status history { kind reason } }");

        Assert.Equal(("DECLINED", "Sam Okafor"), ((string)declined["reviewRequest"]!["status"]!, (string)declined["reviewRequest"]!["decidedByName"]!));
        Assert.Equal(decline.reasons, (string)declined["reviewRequest"]!["declineReasons"]!);
        Assert.Null(declined["reviewRequest"]!["review"]);
        Assert.Equal("ACTIVE", (string)declined["plan"]!["status"]!);
        var told = declined["plan"]!["history"]!.AsArray().Last()!;
        Assert.Equal("REVIEW_REQUEST_DECLINED", (string)told["kind"]!);
        Assert.Contains("Told Sunrise Home Care portal", (string)told["reason"]!, StringComparison.Ordinal);

        Assert.Equal(["REVIEW_REQUEST_ALREADY_DECIDED"], await sam.RefuseAsync("decideReviewRequest", new { reviewRequestId = requestId, accept = true }));
        Assert.Equal(["REVIEW_REQUEST_NOT_FOUND"], await sam.RefuseAsync("decideReviewRequest", new { reviewRequestId = NodeId.Encode("ReviewRequest", Guid.NewGuid()), accept = true }));
    }

    [Fact]
    public async Task R21_a_request_accepted_while_a_review_is_under_way_joins_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        var planId = await factory.PlanIdAsync("p-cleo");
        var reviewId = (string)(await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-05" }, "review { id }"))["review"]!["id"]!;
        var requestId = (string)(await cleo.SucceedAsync("requestReview", new { planId, grounds = new[] { "MAJOR_CHANGE_WANTED" }, details = "I want to change my provider." }, Request))["reviewRequest"]!["id"]!;

        var joined = await sam.SucceedAsync("decideReviewRequest", new { reviewRequestId = requestId, accept = true }, "review { id requests { id } } plan { status }");

        Assert.Equal(reviewId, (string)joined["review"]!["id"]!);
        Assert.Equal(requestId, (string)joined["review"]!["requests"]![0]!["id"]!);
        Assert.Equal("UNDER_REVIEW", (string)joined["plan"]!["status"]!);
    }
}
