using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Tests.Subscriptions;

namespace CarePlanGraph.Api.Tests.Stories;

/// <summary>
/// Page B end to end ("Writing and agreeing your support plan"): Eve writes her plan with her support planner, the
/// assessing officer does not agree it and says what must change, Eve asks to meet all key staff, the meeting's
/// solution is to ask the Risk Management Panel about her falls at night, the panel decides, and the plan is agreed.
/// Every step goes through HTTP (and Eve's WebSocket) with real tokens, and someone who should not take it is refused.
/// </summary>
public sealed class PageBStoryTests
{
    private const string EveHears = "subscription { planStatusChanged { kind previousStatus newStatus reason actorRole plan { id person { reference } } } }";

    [Fact]
    public async Task R17_R23_B_Eves_plan_is_declined_the_key_staff_meet_the_panel_decides_on_her_falls_and_the_plan_is_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var eve = factory.CreateClientFor("p-eve");
        using var lee = factory.CreateClientFor("sp-lee");
        using var sam = factory.CreateClientFor("kw-sam");
        using var ravi = factory.CreateClientFor("panel-ravi");
        using var ben = factory.CreateClientFor("p-ben");
        using var kim = factory.CreateClientFor("cs-kim");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        await using var eveSocket = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("p-eve"));
        await eveSocket.SubscribeAsync("eve", EveHears);
        await eveSocket.PingPongAsync();
        var heard = new List<string>();

        // Eve has been assessed and has an indicative budget; falls at night are a significant risk [B].
        var assessment = (await eve.DataAsync("{ people(first: 1) { nodes { currentAssessment { id indicativeBudget { formatted } eligibleNeeds { id description } outcomes { id description } risks { id description isSignificant } } } } }"))
            ["people"]!["nodes"]![0]!["currentAssessment"]!;
        Assert.Equal("£11,500.00", (string)assessment["indicativeBudget"]!["formatted"]!);
        var nightNeed = IdOf(assessment["eligibleNeeds"]!, "Needs help to get to the bathroom safely at night.");
        var morningNeed = IdOf(assessment["eligibleNeeds"]!, "Needs help to wash and dress each morning.");
        var atHome = IdOf(assessment["outcomes"]!, "Stay living in her own flat.");
        var sleepWell = IdOf(assessment["outcomes"]!, "Sleep through the night without worrying about falling.");
        var falls = assessment["risks"]!.AsArray().Single(r => (bool)r!["isSignificant"]!)!;
        Assert.Equal("Falls at night", (string)falls["description"]!);
        var fallsId = (string)falls["id"]!;
        var medicationId = (string)assessment["risks"]!.AsArray().Single(r => !(bool)r!["isSignificant"]!)!["id"]!;
        var assessmentId = (string)assessment["id"]!;

        // 1. Eve starts her plan, with help. Ben and a provider do not find her assessment.
        var start = new { assessmentId, preparedBy = "PERSON_WITH_HELP" };
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], await ben.RefuseAsync("startPlan", start));
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], await sunrise.RefuseAsync("startPlan", start));
        var planId = (string)(await eve.SucceedAsync("startPlan", start, "plan { id status }"))["plan"]!["id"]!;

        // 2. She asks her support planner to help [B: "ask an organisation to help"]. Lee may not touch it before that.
        var planners = (await eve.DataAsync("{ organisations(first: 10, kind: SUPPORT_PLANNER) { nodes { id name } } }"))["organisations"]!["nodes"]!;
        var leesOrganisation = (string)Assert.Single(planners.AsArray())!["id"]!;
        var answers = new
        {
            planId,
            answers = new
            {
                whatIsImportant = "Staying in my own flat, near my friends at church.",
                whatIsWorking = "My mornings are slow but I manage; the nights are not working, I am frightened of falling.",
                whatToChange = "To sleep without worrying that no one will come if I fall.",
                supportAndOutcomes = "Help to wash and dress each morning, and someone checking on me at night.",
                managingSupport = "An Individual Service Fund with Sunrise Home Care.",
                spendingTheBudget = "Morning care and night-time check visits.",
                stayingInControl = "I choose the times and review them with Lee and my Key Worker.",
            },
        };
        Assert.Equal(["PLAN_NOT_FOUND"], await lee.RefuseAsync("updatePlanAnswers", answers));
        var helper = new { planId, kind = "INDEPENDENT_SUPPORT_PLANNER", name = "Lee Chen", organisationId = leesOrganisation };
        Assert.Equal(["PLAN_NOT_FOUND"], await ben.RefuseAsync("addPlanHelper", helper));
        await eve.SucceedAsync("addPlanHelper", helper, "helper { id }");

        // 3. Lee answers the seven questions and adds the support; Eve records how each risk is managed.
        await lee.SucceedAsync("updatePlanAnswers", answers, "version { answers { unanswered } }");
        var sunriseId = await factory.OrganisationIdAsync("prov-sunrise");
        var morning = Item("Morning help to wash and dress", 18_00, "HOURLY", 7, sunriseId, morningNeed, atHome);
        var nights = Item("Night-time check visit", 12_00, "PER_SESSION", 7, sunriseId, nightNeed, sleepWell);
        Assert.Equal(["PLAN_NOT_FOUND"], await sunrise.RefuseAsync("addSupportItem", new { planId, item = morning }));
        await lee.SucceedAsync("addSupportItem", new { planId, item = morning }, "supportItem { id }");
        await lee.SucceedAsync("addSupportItem", new { planId, item = nights }, "supportItem { id }");
        var mitigation = new { planId, riskId = fallsId, mitigation = "A carer checks on Eve once each night." };
        Assert.Equal(["PLAN_NOT_FOUND"], await ravi.RefuseAsync("recordRiskMitigation", mitigation));
        await eve.SucceedAsync("recordRiskMitigation", mitigation, "__typename");
        await eve.SucceedAsync("recordRiskMitigation", new { planId, riskId = medicationId, mitigation = "The evening visit prompts her medication." }, "__typename");

        // 4. Eve confirms the decisions are her own (only she can), and submits.
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await lee.RefuseAsync("confirmOwnDecisions", new { planId }));
        await eve.SucceedAsync("confirmOwnDecisions", new { planId }, "__typename");
        Assert.Equal(["PLAN_NOT_FOUND"], await ben.RefuseAsync("submitPlan", new { planId }));
        await eve.SucceedAsync("submitPlan", new { planId }, "plan { status }");
        heard.Add(await HeardAsync(eveSocket, "SUBMITTED"));

        // 5. Sam, her assessing officer, cannot agree it: the falls risk has had no panel decision (R12).
        var agree = new
        {
            planId,
            isLawfulAndSensible = true,
            keepsPersonHealthySafeAndWell = true,
            isResponsiblyManaged = true,
            rationale = "Meets both needs and both outcomes; the panel is satisfied about falls at night.",
            adviceOffered = "The council's falls prevention service.",
        };
        Assert.Equal(["RISK_PANEL_DECISION_MISSING"], await sam.RefuseAsync("agreePlan", agree));

        // 6. He declines it, with the reasons and what must change; not Eve or Customer Services; the panel does not even find it [B].
        var decline = new
        {
            planId,
            reasons = "One visit a night does not keep Eve safe from falls between visits.",
            requiredChanges = new[] { "Show how a fall at night would be noticed and answered.", "Ask the Risk Management Panel whether the risk can be managed safely." },
            adviceOffered = "The council's falls prevention service.",
        };
        Assert.Equal("AUTH_FORBIDDEN", await eve.ForbiddenAsync("declinePlan", decline));
        Assert.Equal(["PLAN_NOT_FOUND"], await ravi.RefuseAsync("declinePlan", decline));
        Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("declinePlan", decline));
        var declined = await sam.SucceedAsync("declinePlan", decline, "plan { status } version { latestDecision { outcome requiredChanges } }");
        Assert.Equal("CHANGES_REQUIRED", (string)declined["plan"]!["status"]!);

        // Eve is told at once, on her open socket, with the reasons.
        var told = await NextChangeAsync(eveSocket);
        Assert.Equal(("DECLINED", "SUBMITTED", "CHANGES_REQUIRED", planId), ((string)told["kind"]!, (string)told["previousStatus"]!, (string)told["newStatus"]!, (string)told["plan"]!["id"]!));
        Assert.Contains(decline.reasons, (string)told["reason"]!, StringComparison.Ordinal);
        heard.Add("DECLINED");

        // 7. Unhappy with the decision, Eve asks to meet all key staff [B]. Ben and a provider do not find her plan.
        var ask = new { planId, whatToDiscuss = "I want to stay at home; I need to talk about the nights." };
        Assert.Equal(["PLAN_NOT_FOUND"], await ben.RefuseAsync("requestResolutionMeeting", ask));
        Assert.Equal(["PLAN_NOT_FOUND"], await sunrise.RefuseAsync("requestResolutionMeeting", ask));
        var meetingId = (string)(await eve.SucceedAsync("requestResolutionMeeting", ask, "resolutionMeetingRequest { id status }"))["resolutionMeetingRequest"]!["id"]!;

        // 8. Sam arranges it (Eve cannot arrange her own) and, once it has taken place, records who came and the solution.
        var arrange = new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-05", arrangements = "At Eve's flat, 10:00." };
        Assert.Equal("AUTH_FORBIDDEN", await eve.ForbiddenAsync("arrangeResolutionMeeting", arrange));
        await sam.SucceedAsync("arrangeResolutionMeeting", arrange, "__typename");
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var solution = "Eve keeps the night visits and adds a bed sensor linked to a community alarm; she asks the Risk Management Panel to consider the falls risk.";
        var held = new
        {
            resolutionMeetingRequestId = meetingId,
            heldOn = "2026-11-05",
            attendees = new[] { new { name = "Eve Thomas", role = "the person" }, new { name = "Lee Chen", role = "support planner" }, new { name = "Sam Okafor", role = "Key Worker" } },
            solution,
        };
        Assert.Equal("AUTH_FORBIDDEN", await eve.ForbiddenAsync("recordResolutionMeeting", held));
        Assert.Equal(["RESOLUTION_MEETING_REQUEST_NOT_FOUND"], await ravi.RefuseAsync("recordResolutionMeeting", held));
        var recorded = await sam.SucceedAsync("recordResolutionMeeting", held, "resolutionMeetingRequest { status solution attendees { name } }");
        Assert.Equal(("HELD", solution), ((string)recorded["resolutionMeetingRequest"]!["status"]!, (string)recorded["resolutionMeetingRequest"]!["solution"]!));

        // 9. The panel sees nothing of Eve until she refers her plan [B: "you can also ask the Risk Management Panel"].
        var before = await ravi.DataAsync("query($id: ID!) { plans(first: 10) { totalCount } riskPanelQueue(first: 10) { totalCount } node(id: $id) { id } }", new { id = planId });
        Assert.Equal((0, 0), ((int)before["plans"]!["totalCount"]!, (int)before["riskPanelQueue"]!["totalCount"]!));
        Assert.Null(before["node"]);
        var decision = new
        {
            planId,
            outcome = "MANAGED_WITH_CONDITIONS",
            rationale = "With a sensor and a community alarm Eve can be reached within minutes of a fall; she understands the risk and wants to stay at home.",
            conditions = "A bed sensor linked to a community alarm is in the plan before it is agreed.",
        };
        Assert.Equal(["PLAN_NOT_FOUND"], await ravi.RefuseAsync("recordPanelDecision", decision));
        var refer = new { planId, reason = "Falls at night: I want the panel to consider whether I can stay safely at home with a sensor and alarm." };
        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("referToRiskPanel", refer));
        Assert.Equal(["PLAN_NOT_FOUND"], await ben.RefuseAsync("referToRiskPanel", refer));
        await eve.SucceedAsync("referToRiskPanel", refer, "riskPanelReferral { pending }");
        var queue = (await ravi.DataAsync("{ plans(first: 10) { nodes { id } } riskPanelQueue(first: 10) { nodes { id riskPanelReferral { reason referredByRole } } } }"));
        Assert.Equal(planId, (string)Assert.Single(queue["plans"]!["nodes"]!.AsArray())!["id"]!);
        Assert.Equal(refer.reason, (string)Assert.Single(queue["riskPanelQueue"]!["nodes"]!.AsArray())!["riskPanelReferral"]!["reason"]!);

        // 10. The panel decides, with conditions; Sam cannot decide for it.
        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("recordPanelDecision", decision));
        var decided = await ravi.SucceedAsync("recordPanelDecision", decision, "riskPanelDecision { outcome conditions decidedByName }");
        Assert.Equal(("MANAGED_WITH_CONDITIONS", "Ravi Shah"), ((string)decided["riskPanelDecision"]!["outcome"]!, (string)decided["riskPanelDecision"]!["decidedByName"]!));

        // 11. Eve puts the solution into her plan, confirms it again and resubmits.
        var sensor = Item("Bed sensor and community alarm", 5_00, "WEEKLY", 1, sunriseId, nightNeed, sleepWell);
        Assert.Equal("AUTH_FORBIDDEN", await ravi.ForbiddenAsync("addSupportItem", new { planId, item = sensor }));
        await eve.SucceedAsync("addSupportItem", new { planId, item = sensor }, "__typename");
        await eve.SucceedAsync("recordRiskMitigation", FallsMitigation(planId, fallsId), "__typename");
        await eve.SucceedAsync("confirmOwnDecisions", new { planId }, "__typename");
        var checks = (await eve.PlanAsync(planId, "currentVersion { agreementChecks { check passed } }"))["currentVersion"]!["agreementChecks"]!.AsArray();
        Assert.All(checks, c => Assert.True((bool)c!["passed"]!, $"{c!["check"]} should pass"));
        await eve.SucceedAsync("submitPlan", new { planId }, "__typename");
        heard.Add(await HeardAsync(eveSocket, "SUBMITTED"));

        // 12. Sam agrees it; Lee, the panel and Customer Services cannot.
        Assert.Equal("AUTH_FORBIDDEN", await lee.ForbiddenAsync("agreePlan", agree));
        Assert.Equal("AUTH_FORBIDDEN", await ravi.ForbiddenAsync("agreePlan", agree));
        Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("agreePlan", agree));
        var agreed = await sam.SucceedAsync("agreePlan", agree, "plan { status agreedVersion { number } budget { final { formatted } } }");
        Assert.Equal(("AGREED", 1, "£11,180.00"), ((string)agreed["plan"]!["status"]!, (int)agreed["plan"]!["agreedVersion"]!["number"]!, (string)agreed["plan"]!["budget"]!["final"]!["formatted"]!));
        var agreedHeard = await NextChangeAsync(eveSocket);
        Assert.Equal(("AGREED", "AGREED"), ((string)agreedHeard["kind"]!, (string)agreedHeard["newStatus"]!));
        heard.Add("AGREED");

        // 13. Eve reads her copy: exactly how the budget will be spent. Ben does not find it.
        var copy = (await eve.PlanAsync(planId, "personsCopy { versionNumber agreedByName lines { description } text }"))["personsCopy"]!;
        Assert.Equal(["Morning help to wash and dress", "Night-time check visit", "Bed sensor and community alarm"], copy["lines"]!.AsArray().Select(l => (string)l!["description"]!));
        Assert.Equal("Sam Okafor", (string)copy["agreedByName"]!);
        Assert.Contains("£11,180.00 a year", (string)copy["text"]!, StringComparison.Ordinal);
        Assert.Null((await ben.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = planId }))["node"]);

        // planStatusChanged carries changes of status and decisions on a version: the meeting and the panel's steps are
        // on the plan's history, not pushed, so Eve heard exactly these four, in order.
        Assert.Equal(["SUBMITTED", "DECLINED", "SUBMITTED", "AGREED"], heard);
        Assert.Empty(eveSocket.Drain());
    }

    private static object FallsMitigation(string planId, string fallsId) =>
        new { planId, riskId = fallsId, mitigation = "A bed sensor raises the community alarm if Eve gets up and does not return; a carer also checks on her each night." };

    private static object Item(string description, long unitCostPence, string frequency, int quantity, string providerId, string need, string outcome) => new
    {
        description,
        unitCostPence,
        frequency,
        quantity,
        arrangement = "INDIVIDUAL_SERVICE_FUND",
        providerId,
        needsMet = new[] { need },
        outcomesMet = new[] { outcome },
    };

    private static string IdOf(JsonNode list, string description) =>
        (string)list.AsArray().Single(n => (string)n!["description"]! == description)!["id"]!;

    /// <summary>The next change Eve's subscription sends, after any person-notified notes that follow a decision.</summary>
    private static async Task<JsonNode> NextChangeAsync(GraphQLWsClient socket)
    {
        while (true)
        {
            var change = (await socket.NextPayloadAsync("eve"))["data"]!["planStatusChanged"]!;
            if ((string)change["kind"]! != "PERSON_NOTIFIED")
            {
                return change;
            }
        }
    }

    /// <summary>Waits for Eve's subscription to send <paramref name="kind"/> next; returns it for the story's record.</summary>
    private static async Task<string> HeardAsync(GraphQLWsClient socket, string kind)
    {
        var change = await NextChangeAsync(socket);
        Assert.Equal(kind, (string)change["kind"]!);
        return kind;
    }
}
