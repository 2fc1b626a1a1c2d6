using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Assessments;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Stories;

/// <summary>
/// Page A ("Creating your care and support plan", <c>seeds/000_…</c>) walked end to end for Eve over real HTTP and the
/// WebSocket, each persona with their own token: from a new assessment, through writing the plan with an independent
/// support planner and her daughter's unpaid help, the Risk Management Panel, a decline for an unclear plan and a
/// reviewed assessment, agreement, support set up, the Key Worker's check-in, a carer, an advocate, to the first review
/// and the annual one. At every step someone who may not take it is refused, with the exact code the API gives.
/// </summary>
public sealed class PageAStoryTests
{
    private const string Errors = "errors { __typename ... on Error { code message } }";

    private const string Change = "subscription { planStatusChanged { eventId previousStatus newStatus kind plan { id } } }";

    [Fact]
    public async Task Page_A_Eve_from_a_new_assessment_to_her_annual_review_with_the_wrong_persona_refused_at_every_step()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var eve = factory.CreateClientFor("p-eve");
        using var lee = factory.CreateClientFor("sp-lee");
        using var ravi = factory.CreateClientFor("panel-ravi");
        using var kim = factory.CreateClientFor("cs-kim");
        using var ada = factory.CreateClientFor("p-ada");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var oak = factory.CreateClientFor("prov-oak");
        using var noor = factory.CreateClientFor("adv-noor");

        // Eve and Sunrise (named on her agreed items) listen to every plan they may see; Oak, never on her plan, does too.
        await using var eveSocket = await ListenAsync(factory, "p-eve");
        await using var sunriseSocket = await ListenAsync(factory, "prov-sunrise");
        await using var oakSocket = await ListenAsync(factory, "prov-oak");

        var organisations = (await eve.DataAsync("{ organisations(first: 10) { nodes { id handle } } }"))["organisations"]!["nodes"]!.AsArray()
            .ToDictionary(o => (string)o!["handle"]!, o => (string)o!["id"]!);
        var eveId = (string)(await eve.DataAsync("{ me { person { id } } }"))["me"]!["person"]!["id"]!;

        // "If you have eligible needs, we will write your initial care and support plan": Sam records Eve's assessment.
        var assessment = new
        {
            personId = eveId,
            needs = new[]
            {
                new { area = "USING_THE_HOME_SAFELY", description = "Needs help to get to the bathroom safely at night." },
                new { area = "PERSONAL_HYGIENE", description = "Needs help to wash and dress each morning." },
            },
            outcomes = new[] { new { description = "Stay living in her own flat." }, new { description = "Sleep through the night without worrying about falling." } },
            risks = new[] { new { description = "Falls at night", isSignificant = true }, new { description = "Forgets to take her evening medication.", isSignificant = false } },
            assessedContributionPence = 900_00L,
            indicativeBudgetPence = 11_500_00L,
        };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "recordAssessment", assessment));
        Assert.Equal("ACTOR_NOT_PERMITTED", await RefusedAsync(kim, "recordAssessment", assessment));
        var recorded = (await sam.SucceedAsync("recordAssessment", assessment, "assessment { id version risks { id description isSignificant } outcomes { id description } eligibleNeeds { id description } }"))["assessment"]!;
        var assessmentId = (string)recorded["id"]!;
        string Part(string list, string start) => (string)recorded[list]!.AsArray().Single(p => ((string)p!["description"]!).StartsWith(start, StringComparison.Ordinal))!["id"]!;
        var (nightNeed, morningNeed) = (Part("eligibleNeeds", "Needs help to get"), Part("eligibleNeeds", "Needs help to wash"));
        var (ownFlat, sleep) = (Part("outcomes", "Stay living"), Part("outcomes", "Sleep through"));
        var (falls, medication) = (Part("risks", "Falls"), Part("risks", "Forgets"));

        // "You can do your care and support plan yourself or someone else can help you": Eve starts it, with help.
        var start = new { assessmentId, preparedBy = "PERSON_WITH_HELP" };
        Assert.Equal("ASSESSMENT_NOT_FOUND", await RefusedAsync(ada, "startPlan", start));
        var planId = (string)(await eve.SucceedAsync("startPlan", start, "plan { id status }"))["plan"]!["id"]!;

        // "An independent support planner can help you": Eve asks Lee to help; until then Lee cannot touch it.
        var answers = new
        {
            planId,
            answers = new
            {
                whatIsImportant = "My flat, my cat and my independence.",
                whatIsWorking = "Mornings are fine once I am up; nights are not.",
                whatToChange = "I want to stop being afraid of falling when I get up at night.",
                supportAndOutcomes = "Someone to look in at night and help in the mornings, so I can stay in my flat.",
                managingSupport = "The council arranges my care; my daughter helps for free.",
                spendingTheBudget = "On a night visit and a morning visit from Sunrise Home Care.",
                stayingInControl = "I choose the visit times, and Lee and my daughter check with me each month.",
            },
        };
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(lee, "updatePlanAnswers", answers));
        var helper = new { planId, kind = "INDEPENDENT_SUPPORT_PLANNER", name = "Lee Chen", organisationId = organisations["sp-lee"] };
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(lee, "addPlanHelper", helper));
        await eve.SucceedAsync("addPlanHelper", helper, "plan { id }");
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(sunrise, "updatePlanAnswers", answers));
        await lee.SucceedAsync("updatePlanAnswers", answers, "plan { id }");

        // "We will look at the support available from your family ... as well as more formal support" (R34: unpaid help).
        var nightVisit = Item("Night check visit", 15_00, 7, "COUNCIL_ARRANGED", organisations["prov-sunrise"], null, [nightNeed], [sleep]);
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(oak, "addSupportItem", new { planId, item = nightVisit }));
        await lee.SucceedAsync("addSupportItem", new { planId, item = nightVisit }, "plan { id }");
        await lee.SucceedAsync("addSupportItem", new { planId, item = Item("Morning personal care", 16_00, 7, "COUNCIL_ARRANGED", organisations["prov-sunrise"], null, [morningNeed], [ownFlat]) }, "plan { id }");
        await lee.SucceedAsync("addSupportItem", new { planId, item = Item("Evening phone call to remind her of her medication", 0, 7, "UNPAID", null, "June, Eve's daughter", [], [ownFlat]) }, "plan { id }");

        // "... takes any risks into account": each risk mitigated; falls at night are significant, so the panel decides.
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(ada, "recordRiskMitigation", new { planId, riskId = falls, mitigation = "None." }));
        await lee.SucceedAsync("recordRiskMitigation", new { planId, riskId = falls, mitigation = "A pressure mat lights the way and calls Sunrise; the night visit checks on her." }, "plan { id }");
        await lee.SucceedAsync("recordRiskMitigation", new { planId, riskId = medication, mitigation = "June rings every evening to remind her." }, "plan { id }");

        // "If someone else completes your support plan ... acted in your best interests": Lee helped, so Eve confirms the decisions are her own.
        Assert.Equal("ACTOR_NOT_PERMITTED", await RefusedAsync(lee, "confirmOwnDecisions", new { planId }));
        await eve.SucceedAsync("confirmOwnDecisions", new { planId }, "plan { id }");
        Assert.Equal("PLAN_NOT_FOUND", await RefusedAsync(sunrise, "submitPlan", new { planId }));
        await eve.SucceedAsync("submitPlan", new { planId }, "plan { status }");

        // "Before getting your plan agreed, your Key Worker will check ...": the panel has not decided, so no agreement yet.
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(lee, "agreePlan", Agreement(planId)));
        Assert.Equal(["RISK_PANEL_DECISION_MISSING"], await sam.RefuseAsync("agreePlan", Agreement(planId)));

        // "If your plan hasn't been agreed because we're concerned it is not clear, your Key Worker may want to review your assessment."
        var decline = new
        {
            planId,
            reasons = "It is not clear how often Eve gets up at night, so we cannot tell whether one visit is enough.",
            requiredChanges = Array.Empty<string>(),
            adviceOffered = "Information about the council's falls prevention service.",
            reviewAssessmentRequested = true,
        };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "declinePlan", decline));
        Assert.Equal("CHANGES_REQUIRED", (string)(await sam.SucceedAsync("declinePlan", decline, "plan { status }"))["plan"]!["status"]!);
        var revision = await AssessmentTests.KeepAllAsync(sam, assessmentId, budget: 12_000_00);
        Assert.Equal("ASSESSMENT_NOT_FOUND", await RefusedAsync(oak, "reviseAssessment", revision));
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "reviseAssessment", revision));
        await sam.SucceedAsync("reviseAssessment", revision, "assessment { version } plans { id }");

        // The panel (R23): Eve refers her plan; only the panel decides.
        var referral = new { planId, reason = "I want to stay in my flat although I have fallen at night." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(lee, "referToRiskPanel", referral));
        await eve.SucceedAsync("referToRiskPanel", referral, "plan { id }");
        var decision = new { planId, outcome = "MANAGED_WITH_CONDITIONS", rationale = "The mat and the night visit manage the risk.", conditions = "The pressure mat is tested each month." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(sam, "recordPanelDecision", decision));
        await ravi.SucceedAsync("recordPanelDecision", decision, "plan { id }");

        // Eve submits again; the plan is now checked against the reviewed assessment.
        await eve.SucceedAsync("submitPlan", new { planId }, "plan { status }");

        // Sunrise may see Eve's plan from agreement on: a marker on Cleo's plan makes sure it has dealt with the changes so far.
        Assert.Empty(await StatusesUntilAsync(sunriseSocket, await factory.PublishMarkerAsync(await factory.PlanIdOfAsync("p-cleo")), planId));

        // "When your initial care and support plan is completed ... it can be agreed by us. You will receive a copy."
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "agreePlan", Agreement(planId)));
        var agreed = await sam.SucceedAsync("agreePlan", Agreement(planId), "plan { status budget { final { formatted } } }");
        Assert.Equal(("AGREED", "£11,284.00"), ((string)agreed["plan"]!["status"]!, (string)agreed["plan"]!["budget"]!["final"]!["formatted"]!));
        var copy = (await eve.PlanAsync(planId, "personsCopy { managementOption lines { description providedBy } text }"))["personsCopy"]!;
        Assert.Equal("COUNCIL_MANAGED", (string)copy["managementOption"]!);
        Assert.Equal(3, copy["lines"]!.AsArray().Count);
        var text = (string)copy["text"]!;
        Assert.Contains("Evening phone call to remind her of her medication", text, StringComparison.Ordinal);
        Assert.Contains("given freely by June, Eve's daughter, not paid for from your budget", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Direct Payment", text, StringComparison.Ordinal);

        // "If you worked with an independent support planner ... they can help you set up your support."
        AdvanceTo(factory, new DateOnly(2026, 11, 9));
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(sunrise, "markSupportInPlace", new { planId, inPlaceOn = "2026-11-09" }));
        var active = (await lee.SucceedAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-09" }, "plan { status nextReviewDue nextReviewKind }"))["plan"]!;
        Assert.Equal(("ACTIVE", "FIRST"), ((string)active["status"]!, (string)active["nextReviewKind"]!));
        var firstDue = Day(active["nextReviewDue"]!);
        Assert.InRange(firstDue.DayNumber - new DateOnly(2026, 11, 9).DayNumber, 6 * 7, 12 * 7);
        var checkInDue = Day((await sam.PlanAsync(planId, "nextCheckInDue"))["nextCheckInDue"]!);

        // "Once your support is in place, your Key Worker will contact you to check how you are doing."
        AdvanceTo(factory, checkInDue);
        var checkIn = new { planId, occurredAt = factory.Clock.GetUtcNow().AddHours(-1), howThePersonIsDoing = "Eve sleeps better; the mat has gone off once, and Sunrise came.", changesNeeded = false };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(lee, "recordCheckIn", checkIn));
        await sam.SucceedAsync("recordCheckIn", checkIn, "checkIn { id }");
        Assert.Null((await eve.PlanAsync(planId, "nextCheckInDue"))["nextCheckInDue"]);

        // R33: Eve records June as her carer; June signs in as herself.
        var june = new { personId = eveId, fullName = "June Thomas", relationship = "daughter", username = "carer-june", consents = new[] { "PLAN", "REVIEWS" } };
        Assert.Equal("PERSON_NOT_FOUND", await RefusedAsync(ada, "recordCarer", june));
        var carerId = (string)(await eve.SucceedAsync("recordCarer", june, "carer { id }"))["carer"]!["id"]!;
        using var juneClient = ClientFor(factory, new Persona("carer-june", "June Thomas", ActorRole.Helper, false));

        // "You, your carers ... can request a review at any time": June asks; Sam declines, with reasons, as the first review is booked.
        var request = new { planId, grounds = new[] { "NEEDS_CHANGED" }, details = "Mum is more unsteady in the mornings." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(lee, "requestReview", request));
        var requestId = (string)(await juneClient.SucceedAsync("requestReview", request, "reviewRequest { id }"))["reviewRequest"]!["id"]!;
        var declineRequest = new { reviewRequestId = requestId, accept = false, reasons = $"Eve's first review is due by {firstDue:d MMMM yyyy}; we will look at her mornings then." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(juneClient, "decideReviewRequest", declineRequest));
        await sam.SucceedAsync("decideReviewRequest", declineRequest, "reviewRequest { status }");

        // "Alternatively, you can ask for an independent advocate to support you": Eve asks, and Sam refers her to Noor.
        var advocate = new { planId, reason = "I would like someone to speak up for me at my review." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(sunrise, "requestAdvocate", advocate));
        Assert.True((bool)(await eve.SucceedAsync("requestAdvocate", advocate, "advocacy { request { pending } }"))["advocacy"]!["request"]!["pending"]!);
        await sam.SucceedAsync("referToAdvocate", new { planId, reason = "Eve asked for an advocate for her review.", advocateOrganisationId = organisations["adv-noor"], advocateName = "Noor Hussain" }, "advocacy { referred }");

        // "We will normally make an appointment with you to review your care and support plan after 6 to 12 weeks."
        var firstReview = await ReviewAsync(factory, planId, firstDue.AddDays(-7), firstDue, "FIRST", sam, eve, juneClient, carerId, organisations["prov-sunrise"], oak);
        Assert.Equal(("ACTIVE", "ANNUAL"), ((string)firstReview["status"]!, (string)firstReview["nextReviewKind"]!));
        var annualDue = Day(firstReview["nextReviewDue"]!);
        Assert.Equal(firstDue.AddYears(1), annualDue);

        // "... and then carry out a planned review each year."
        var annual = await ReviewAsync(factory, planId, annualDue.AddDays(-7), annualDue, "ANNUAL", sam, eve, juneClient, carerId, organisations["prov-sunrise"], oak);
        Assert.Equal(("ACTIVE", "ANNUAL"), ((string)annual["status"]!, (string)annual["nextReviewKind"]!));
        Assert.Equal(annualDue.AddYears(1), Day(annual["nextReviewDue"]!));
        Assert.Equal(planId, (string)(await noor.PlanAsync(planId, "id"))["id"]!);


        // The WebSocket: Eve heard every status change in order; Sunrise from agreement on; Oak nothing.
        var evesPlan = await factory.PlanIdOfAsync("p-eve");
        var endOfEve = await factory.PublishMarkerAsync(evesPlan);
        var endOfOak = await factory.PublishMarkerAsync(await factory.PlanIdOfAsync("p-dev"));
        string[] afterAgreement = ["AGREED", "ACTIVE", "UNDER_REVIEW", "ACTIVE", "UNDER_REVIEW", "ACTIVE"];
        Assert.Equal(["SUBMITTED", "CHANGES_REQUIRED", "SUBMITTED", .. afterAgreement], await StatusesUntilAsync(eveSocket, endOfEve, planId));
        Assert.Equal(afterAgreement, await StatusesUntilAsync(sunriseSocket, endOfEve, planId));
        Assert.Empty(await StatusesUntilAsync(oakSocket, endOfOak, planId));
    }

    /// <summary>A planned review: Sam books it, Eve invites June and Sunrise, Sam records it on the day, and both sign.</summary>
    private static async Task<JsonNode> ReviewAsync(CarePlanApiFactory factory, string planId, DateOnly booked, DateOnly reviewOn, string kind, HttpClient sam, HttpClient eve, HttpClient june, string carerId, string sunriseId, HttpClient outsider)
    {
        AdvanceTo(factory, booked);
        var start = new { planId, reviewOn = reviewOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "startReview", start));
        var started = await sam.SucceedAsync("startReview", start, "review { id kind } plan { status assessment { outcomes { id } } }");
        Assert.Equal((kind, "UNDER_REVIEW"), ((string)started["review"]!["kind"]!, (string)started["plan"]!["status"]!));
        var reviewId = (string)started["review"]!["id"]!;

        // "You can invite anyone you think is important to your review, such as your carers, service providers."
        var invite = new { reviewId, kind = "SERVICE_PROVIDER", name = "Sunrise Home Care", organisationId = sunriseId };
        Assert.Equal("REVIEW_NOT_FOUND", await RefusedAsync(outsider, "inviteToReview", invite));
        await eve.SucceedAsync("inviteToReview", new { reviewId, kind = "CARER", name = "June Thomas", carerId }, "invitee { name }");
        await eve.SucceedAsync("inviteToReview", invite, "invitee { name }");
        Assert.Equal(reviewId, (string)(await june.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = reviewId }))["node"]!["id"]!);

        // "Once your review has been completed, and you and your Key Worker both agree ... you will both need to sign it."
        AdvanceTo(factory, reviewOn);
        var outcomes = started["plan"]!["assessment"]!["outcomes"]!.AsArray().Select(o => new { outcomeId = (string)o!["id"]!, attainment = "FULLY_MET" }).ToArray();
        var completion = new { reviewId, outcomes, summary = "Eve sleeps through most nights and manages her mornings; no changes needed." };
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(eve, "completeReview", completion));
        await sam.SucceedAsync("completeReview", completion, "review { status }");
        Assert.Equal("AUTH_FORBIDDEN", await RefusedAsync(june, "signReview", new { reviewId }));
        await eve.SucceedAsync("signReview", new { reviewId }, "review { status }");
        var signed = await sam.SucceedAsync("signReview", new { reviewId }, "review { status } plan { status nextReviewDue nextReviewKind }");
        Assert.Equal("COMPLETED", (string)signed["review"]!["status"]!);
        return signed["plan"]!;
    }

    private static object Item(string description, long unitCostPence, int quantity, string arrangement, string? providerId, string? providerName, string[] needsMet, string[] outcomesMet) => new
    {
        description,
        unitCostPence,
        frequency = unitCostPence == 0 ? "DAILY" : "PER_SESSION",
        quantity,
        arrangement,
        providerId,
        providerName,
        needsMet,
        outcomesMet,
    };

    private static object Agreement(string planId) => new
    {
        planId,
        isLawfulAndSensible = true,
        keepsPersonHealthySafeAndWell = true,
        isResponsiblyManaged = true,
        rationale = "Meets Eve's needs and outcomes within her budget; the panel agreed the falls risk can be managed.",
        adviceOffered = "Information about the council's falls prevention service.",
    };

    /// <summary>
    /// The code a refused mutation gives, whichever way the API refuses: a GraphQL error (sign-in or role) or a typed
    /// error as data (not found, not permitted). Either way nothing is returned but the refusal.
    /// </summary>
    private static async Task<string> RefusedAsync(HttpClient client, string mutation, object input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var body = await client.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {Errors} }} }}", new { input });
        if (body["errors"] is JsonArray { Count: > 0 } graphQLErrors)
        {
            Assert.Null(body["data"]?[mutation]);
            return (string)Assert.Single(graphQLErrors)!["extensions"]!["code"]!;
        }

        var errors = body["data"]![mutation]!["errors"];
        Assert.True(errors is JsonArray { Count: 1 }, $"{mutation} was not refused once: {body.ToJsonString()}");
        return (string)errors![0]!["code"]!;
    }

    private static async Task<GraphQLWsClient> ListenAsync(CarePlanApiFactory factory, string persona)
    {
        var socket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor(persona));
        await socket.SubscribeAsync("plans", Change);
        await socket.PingPongAsync();
        return socket;
    }

    /// <summary>The new statuses of <paramref name="planId"/> received, in order, until <paramref name="marker"/> arrives; changes to any other plan fail.</summary>
    private static async Task<IReadOnlyList<string>> StatusesUntilAsync(GraphQLWsClient socket, string marker, string planId)
    {
        var statuses = new List<string>();
        while (true)
        {
            var payload = await socket.NextPayloadAsync("plans");
            Assert.True(payload["errors"] is null, payload.ToJsonString());
            var change = payload["data"]!["planStatusChanged"]!;
            if ((string?)change["eventId"] == marker)
            {
                return statuses;
            }

            Assert.Equal(planId, (string)change["plan"]!["id"]!);
            statuses.Add((string)change["newStatus"]!);
        }
    }

    private static void AdvanceTo(CarePlanApiFactory factory, DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        Assert.True(target >= factory.Clock.GetUtcNow(), $"The story only moves forward: {day} is before {factory.Clock.GetUtcNow()}.");
        factory.Clock.Advance(target - factory.Clock.GetUtcNow());
    }

    private static DateOnly Day(JsonNode date) => DateOnly.Parse((string)date!, CultureInfo.InvariantCulture);

    private static HttpClient ClientFor(CarePlanApiFactory factory, Persona persona)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona));
        return client;
    }
}
