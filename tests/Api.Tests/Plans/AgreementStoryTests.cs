using CarePlanGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>
/// The stories of the issue, end to end over HTTP with each persona's own token: a plan written with a planner's
/// help, refused for being over budget and for an unmet need at once, corrected and agreed; an over-budget plan
/// sent back and agreed; a revision declined while the agreed plan stays in force.
/// </summary>
public sealed class AgreementStoryTests
{
    private const string Advice = "Information about the community wellbeing service and local falls prevention classes.";

    private const string RefusalSelection = """
        plan { id }
        errors {
          __typename
          ... on Error { code message }
          ... on OverBudgetError { check overBy { pence formatted } allocated { formatted } total { formatted } }
          ... on UnmetNeedError { check need { area description } }
        }
        """;

    [Fact]
    public async Task R08_to_R16_Adas_plan_written_with_her_planner_is_refused_for_budget_and_need_together_then_corrected_and_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var ada = factory.CreateClientFor("p-ada");
        using var sam = factory.CreateClientFor("kw-sam");
        var plan = await lee.PlanOfAsync("p-ada");
        var planId = plan.Id();
        var hygiene = plan.PartId("eligibleNeeds", "Needs help to wash");
        var library = plan.PartId("outcomes", "Get to the library");

        // Lee, the independent support planner Ada asked for help, finishes the answers and adds library trips.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await lee.SucceedAsync("updatePlanAnswers", new
        {
            planId,
            expectedRevision = plan.Revision(),
            answers = new
            {
                whatToChange = "Getting out to the library again.",
                supportAndOutcomes = "Help in the mornings and to get out each week.",
                managingSupport = "The council arranges my care.",
                spendingTheBudget = "On morning care and a companion for library trips.",
                stayingInControl = "I choose the times and review them with Lee.",
            },
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await lee.SucceedAsync("addSupportItem", new
        {
            planId,
            item = new
            {
                description = "Library trips with a companion",
                unitCostPence = 3000,
                frequency = "PER_SESSION",
                quantity = 2,
                arrangement = "COUNCIL_ARRANGED",
                providerName = "Sunrise Home Care Ltd companion service",
                outcomesMet = new[] { library },
            },
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await lee.SucceedAsync("recordRiskMitigation", new
        {
            planId,
            riskId = plan.PartId("risks", "Falls"),
            mitigation = "A stair rail is fitted and the morning carer helps Ada downstairs.",
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await ada.SucceedAsync("confirmOwnDecisions", new { planId });

        // Before submitting, Ada and Lee can see exactly what will fail.
        var checks = (await ada.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { currentVersion { agreementChecks { check passed errors { __typename } } } } } }", new { id = planId }))
            ["node"]!["currentVersion"]!["agreementChecks"]!.AsArray();
        Assert.Equal(["AFFORDABLE", "EFFECTIVE"], checks.Where(c => !(bool)c!["passed"]!).Select(c => (string)c!["check"]!));
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await ada.SucceedAsync("submitPlan", new { planId });

        // Sam is refused, with both failures in one response.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var refusal = await sam.MutateAsync("agreePlan", Agreement(planId), RefusalSelection);
        Assert.Equal(["OVER_BUDGET", "UNMET_NEED"], PlanClient.Codes(refusal));
        Snapshot.Match(JToken.Parse(refusal.ToJsonString()), SnapshotNameExtension.Create("AdaRefused"));

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await sam.SucceedAsync("declinePlan", new
        {
            planId,
            reasons = "The plan costs £2,678.00 a year more than the budget, and nothing helps Ada prepare a hot meal.",
            requiredChanges = new[] { "Bring the total within £9,360.00 a year.", "Say how Ada will get a hot meal each day." },
            adviceOffered = Advice,
        });

        // Lee corrects it: one morning visit includes breakfast, one library trip a week.
        plan = await lee.PlanOfAsync("p-ada");
        Assert.Equal("CHANGES_REQUIRED", (string)plan["status"]!);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await lee.SucceedAsync("updateSupportItem", new
        {
            planId,
            supportItemId = plan.ItemId("Morning personal care"),
            changes = new { description = "Morning personal care and breakfast", quantity = 6, needsMet = new[] { hygiene, plan.PartId("eligibleNeeds", "Needs help to prepare") } },
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await lee.SucceedAsync("updateSupportItem", new { planId, supportItemId = plan.ItemId("Library trips with a companion"), changes = new { quantity = 1 } });

        // R34: Ada's daughter cooks Sunday lunch, unpaid; it is part of the plan but not of the budget or how it is managed.
        await lee.SucceedAsync("addSupportItem", new
        {
            planId,
            item = new
            {
                description = "Sunday lunch cooked by her daughter",
                unitCostPence = 0,
                frequency = "WEEKLY",
                quantity = 1,
                arrangement = "UNPAID",
                providerName = "Grace, Ada's daughter",
                needsMet = new[] { plan.PartId("eligibleNeeds", "Needs help to prepare") },
            },
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await ada.SucceedAsync("confirmOwnDecisions", new { planId });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await ada.SucceedAsync("submitPlan", new { planId });

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var agreed = await sam.SucceedAsync("agreePlan", Agreement(planId), """
            plan { status agreedVersion { number status } budget { basis budget { formatted } final { formatted } totalWeeklyCost { formatted } personContribution { formatted } councilShare { formatted } } }
            version { status agreedAt latestDecision { outcome decidedByName rationale adviceOffered } }
            personsCopy { versionNumber agreedByName managementOption lines { description providedBy howOften weeklyCost { formatted } annualCost { formatted } needsMet outcomesMet } budget { totalAnnualCost { formatted } } text }
            """);
        Assert.Equal("AGREED", (string)agreed["plan"]!["status"]!);
        Assert.Equal("£9,204.00", (string)agreed["plan"]!["budget"]!["final"]!["formatted"]!);
        Snapshot.Match(JToken.Parse(agreed.ToJsonString()), SnapshotNameExtension.Create("AdaAgreed"));

        // The person's copy stays on the plan, and the history lists every event.
        var after = (await ada.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { personsCopy { versionNumber text } history { kind fromStatus toStatus actorName } } } }", new { id = planId }))["node"]!;
        Assert.Equal((string)agreed["personsCopy"]!["text"]!, (string)after["personsCopy"]!["text"]!);
        Assert.Equal(
            ["STARTED", "SUBMITTED", "DECLINED", "PERSON_NOTIFIED", "SUBMITTED", "AGREED", "PERSON_NOTIFIED"],
            after["history"]!.AsArray().Select(e => (string)e!["kind"]!));
        Assert.Equal("CHANGES_REQUIRED", (string)after["history"]![2]!["toStatus"]!);
        Assert.Equal("Sam Okafor", (string)after["history"]![5]!["actorName"]!);
    }

    [Fact]
    public async Task R09_R17_Bens_over_budget_plan_is_refused_sent_back_with_reasons_and_agreed_once_within_budget()
    {
        using var factory = new CarePlanApiFactory();
        using var ben = factory.CreateClientFor("p-ben");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await ben.PlanOfAsync("p-ben")).Id();

        var refusal = await sam.MutateAsync("agreePlan", Agreement(planId), RefusalSelection);
        var error = Assert.Single(refusal["errors"]!.AsArray())!;
        Assert.Equal("OverBudgetError", (string)error["__typename"]!);
        Assert.Equal(145_000, (long)error["overBy"]!["pence"]!);
        Assert.Equal("£17,000.00", (string)error["allocated"]!["formatted"]!);
        Assert.Equal("£18,450.00", (string)error["total"]!["formatted"]!);

        var declined = await sam.SucceedAsync("declinePlan", new
        {
            planId,
            reasons = "The plan is £1,450.00 a year over Ben's personal budget.",
            requiredChanges = new[] { "Reduce the day service or the personal assistant's hours to fit £17,000.00 a year." },
            adviceOffered = "Information about free travel training from the bus company.",
        }, "plan { status } version { status latestDecision { outcome reasons: rationale requiredChanges adviceOffered reviewAssessmentRequested } }");
        Assert.Equal("CHANGES_REQUIRED", (string)declined["plan"]!["status"]!);
        Assert.Equal("CHANGES_REQUIRED", (string)declined["version"]!["latestDecision"]!["outcome"]!);
        Assert.Single(declined["version"]!["latestDecision"]!["requiredChanges"]!.AsArray());

        var plan = await ben.PlanOfAsync("p-ben");
        await ben.SucceedAsync("updateSupportItem", new { planId, expectedRevision = plan.Revision(), supportItemId = plan.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });
        var agreed = await sam.SucceedAsync("agreePlan", Agreement(planId), "plan { status budget { final { formatted } councilShare { formatted } } personsCopy { text } }");
        Assert.Equal("£14,550.00", (string)agreed["plan"]!["budget"]!["final"]!["formatted"]!);
        Assert.Equal("£14,550.00", (string)agreed["plan"]!["budget"]!["councilShare"]!["formatted"]!);
        Assert.Contains("\n1. Day service sessions\n", (string)agreed["plan"]!["personsCopy"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains("\n2. Personal assistant, 30 hours a month\n", (string)agreed["plan"]!["personsCopy"]!["text"]!, StringComparison.Ordinal);

        Assert.Equal(["SUPPORT_IN_PLACE_BEFORE_AGREEMENT", "REVIEW_DATE_OUTSIDE_WINDOW"], await sam.RefuseAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-01", firstReviewDue = "2026-11-20" }));
        Assert.Equal(["SUPPORT_IN_PLACE_IN_FUTURE"], await sam.RefuseAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-09" }));
        factory.Clock.Advance(TimeSpan.FromDays(7));
        var active = await sam.SucceedAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-09" }, "plan { status supportInPlaceOn nextReviewDue personsCopy { nextReviewDue } }");
        Assert.Equal("ACTIVE", (string)active["plan"]!["status"]!);
        Assert.Equal("2027-02-01", (string)active["plan"]!["nextReviewDue"]!);
    }

    [Fact]
    public async Task R18_Devs_revision_is_declined_and_the_agreed_plan_stays_in_force()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var dev = factory.CreateClientFor("p-dev");
        using var sam = factory.CreateClientFor("kw-sam");
        var plan = await dev.PlanOfAsync("p-dev");
        var planId = plan.Id();
        Assert.True((bool)plan["revisionInProgress"]!);
        const string InForce = "query($id: ID!) { node(id: $id) { ... on CarePlan { status revisionInProgress agreedVersion { number status } currentVersion { number status } budget { versionNumber final { formatted } } personsCopy { versionNumber } } } }";
        var before = (await dev.DataAsync(InForce, new { id = planId }))["node"]!;

        await lee.SucceedAsync("addSupportItem", new
        {
            planId,
            item = new
            {
                description = "Weekly swimming session",
                unitCostPence = 600,
                frequency = "PER_SESSION",
                quantity = 1,
                arrangement = "DIRECT_PAYMENT",
                providerName = "Riverside Leisure Centre",
                outcomesMet = new[] { plan.PartId("outcomes", "Eat well") },
            },
        });
        await sam.SucceedAsync("confirmBestInterests", new { planId, statement = "Lee wrote the revision with Dev, who chose swimming." });
        await dev.SucceedAsync("confirmOwnDecisions", new { planId });
        await dev.SucceedAsync("submitPlan", new { planId });

        var declined = await sam.SucceedAsync("declinePlan", new
        {
            planId,
            reasons = "Swimming is free for Dev with the council's leisure card.",
            requiredChanges = new[] { "Remove the swimming item and apply for the leisure card." },
            adviceOffered = "How to apply for the leisure card.",
        }, "plan { status } version { number status }");
        Assert.Equal("ACTIVE", (string)declined["plan"]!["status"]!);
        Assert.Equal(2, (int)declined["version"]!["number"]!);
        Assert.Equal("CHANGES_REQUIRED", (string)declined["version"]!["status"]!);

        var after = (await dev.DataAsync(InForce, new { id = planId }))["node"]!;
        Assert.Equal(1, (int)after["agreedVersion"]!["number"]!);
        Assert.Equal("AGREED", (string)after["agreedVersion"]!["status"]!);
        Assert.Equal(before["budget"]!.ToJsonString(), after["budget"]!.ToJsonString());
        Assert.Equal(1, (int)after["personsCopy"]!["versionNumber"]!);
        Assert.True((bool)after["revisionInProgress"]!);

        var history = (await dev.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { history { kind fromStatus toStatus versionNumber reason } } } }", new { id = planId }))["node"]!["history"]!.AsArray();
        var notified = history.Last()!;
        Assert.Equal("PERSON_NOTIFIED", (string)notified["kind"]!);
        Assert.Contains("The plan agreed before stays in force.", (string)notified["reason"]!, StringComparison.Ordinal);
        var decline = history[^2]!;
        Assert.Equal(("DECLINED", "ACTIVE", "ACTIVE", 2), ((string)decline["kind"]!, (string)decline["fromStatus"]!, (string)decline["toStatus"]!, (int)decline["versionNumber"]!));
    }

    [Fact]
    public async Task R18_an_agreed_revision_supersedes_the_version_it_replaces_and_sets_the_new_budget()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var dev = factory.CreateClientFor("p-dev");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await dev.PlanOfAsync("p-dev")).Id();

        await sam.SucceedAsync("confirmBestInterests", new { planId, statement = "Lee wrote the revision with Dev." });
        await dev.SucceedAsync("confirmOwnDecisions", new { planId });
        await dev.SucceedAsync("submitPlan", new { planId });
        var agreed = await sam.SucceedAsync("agreePlan", Agreement(planId), "plan { status agreedVersion { number } versions { number status } budget { versionNumber basis } }");

        Assert.Equal("ACTIVE", (string)agreed["plan"]!["status"]!);
        Assert.Equal(2, (int)agreed["plan"]!["agreedVersion"]!["number"]!);
        Assert.Equal(["SUPERSEDED", "AGREED"], agreed["plan"]!["versions"]!.AsArray().Select(v => (string)v!["status"]!));
        Assert.Equal(2, (int)agreed["plan"]!["budget"]!["versionNumber"]!);
    }

    internal static object Agreement(string planId) => new
    {
        planId,
        isLawfulAndSensible = true,
        keepsPersonHealthySafeAndWell = true,
        isResponsiblyManaged = true,
        rationale = "Meets every eligible need and outcome within the personal budget; risks are managed.",
        adviceOffered = Advice,
    };
}
