using System.Security.Cryptography;
using System.Text;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Demo;

/// <summary>
/// The demo data set of DESIGN §6: exactly these people, organisations and relationships, so README examples
/// and acceptance checks can rely on them. Loaded once into an empty database, in Development only.
/// Records the council creates get stable IDs derived from their handles.
/// </summary>
public static class DemoData
{
    /// <summary>Adds the data set to <paramref name="db"/>, then saves it once <paramref name="databaseReady"/> completes.</summary>
    public static async Task LoadAsync(CarePlanDbContext db, TimeProvider time, Task databaseReady)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(databaseReady);
        AddTo(db, time);
        await databaseReady.ConfigureAwait(false);
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    private static void AddTo(CarePlanDbContext db, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var sam = Staff("kw-sam", "Sam Okafor", ActorRole.KeyWorker);
        db.StaffMembers.AddRange(
            sam,
            Staff("cs-kim", "Kim Lewis", ActorRole.CustomerServices),
            Staff("panel-ravi", "Ravi Shah", ActorRole.RiskPanelMember),
            Staff("sg-tom", "Tom Reid", ActorRole.Safeguarding),
            Staff("admin-jo", "Jo Bennett", ActorRole.Administrator));

        var sunrise = Org("prov-sunrise", "Sunrise Home Care Ltd", OrganisationKind.ServiceProvider);
        var oak = Org("prov-oak", "Oak Tree Day Services", OrganisationKind.ServiceProvider);
        var planner = Org("sp-lee", "Lee Chen Independent Support Planning", OrganisationKind.SupportPlanner);
        db.Organisations.AddRange(
            sunrise,
            oak,
            planner,
            Org("adv-noor", "Noor Hussain, Independent Advocate", OrganisationKind.Advocacy));

        var ada = PersonRecord("p-ada", "Ada Mensah", "Ada", new DateOnly(1948, 3, 14), sam);
        var ben = PersonRecord("p-ben", "Benjamin Hughes", "Ben", new DateOnly(1979, 7, 2), sam);
        var cleo = PersonRecord("p-cleo", "Cleo Armstrong", "Cleo", new DateOnly(1990, 11, 23), sam);
        var dev = PersonRecord("p-dev", "Dev Sharma", "Dev", new DateOnly(1962, 5, 9), sam);
        var eve = PersonRecord("p-eve", "Eve Thomas", "Eve", new DateOnly(1944, 9, 30), sam);
        db.People.AddRange(ada, ben, cleo, dev, eve);

        var keyWorker = new Actor(sam.Username, sam.FullName, ActorRole.KeyWorker);
        var lee = new Actor(planner.Handle, planner.Name, ActorRole.SupportPlanner);
        var attestation = new AgreementAttestation(true, true, true,
            "Affordable within the personal budget, meets every eligible need and outcome, risks are managed.",
            "Information about local falls prevention and the community wellbeing service.");

        // Ada: a draft written with Lee's help (sp-lee), naming Sunrise for morning care.
        var adaAssessment = AssessmentFor(ada, today.AddDays(-21), 9_360_00, 1_040_00,
            [(EligibilityOutcome.PersonalHygiene, "Needs help to wash and dress each morning."), (EligibilityOutcome.ManagingNutrition, "Needs help to prepare a hot meal.")],
            ["Get to the library and see friends every week."],
            [("Falls on the stairs at home.", false)]);
        var adaPlan = CarePlan.Start(adaAssessment, PlanPreparer.PersonWithHelp, PersonActor(ada), now.AddDays(-14));
        Must(adaPlan.AddHelper(new PlanHelperDetails(HelperKind.IndependentSupportPlanner, planner.Name, planner.Id), PersonActor(ada), now.AddDays(-14)));
        Must(adaPlan.UpdateAnswers(new PlanAnswers("Staying in my own home near my grandchildren.", "My neighbour shops for me; mornings are hard.", null, null, null, null, null), null, lee, now.AddDays(-13)));
        Must(adaPlan.AddSupportItem(adaAssessment, Item("Morning personal care", 24_50, CostFrequency.Hourly, 7, SupportArrangement.CouncilArranged, sunrise, [adaAssessment.Needs[0].Id], []), lee, now.AddDays(-13)));

        // Ben: submitted, £1,450.00 over his £17,000.00 indicative budget; names Oak.
        var benAssessment = AssessmentFor(ben, today.AddDays(-40), 17_000_00, 0,
            [(EligibilityOutcome.WorkTrainingEducationVolunteering, "Needs support to take part in training and volunteering."), (EligibilityOutcome.CommunityFacilitiesAndTransport, "Needs support to use public transport.")],
            ["Volunteer two days a week.", "Travel independently by bus."],
            [("Gets lost when routes change.", false)]);
        var benActor = PersonActor(ben);
        var benPlan = CarePlan.Start(benAssessment, PlanPreparer.Person, benActor, now.AddDays(-30));
        Must(benPlan.UpdateAnswers(AllAnswered("volunteering and travelling on my own"), null, benActor, now.AddDays(-30)));
        Must(benPlan.AddSupportItem(benAssessment, Item("Day service sessions", 75_00, CostFrequency.PerSession, 3, SupportArrangement.CouncilArranged, oak, [benAssessment.Needs[0].Id], [benAssessment.Outcomes[0].Id]), benActor, now.AddDays(-30)));
        Must(benPlan.AddSupportItem(benAssessment, Item("Personal assistant, 30 hours a month", 562_50, CostFrequency.Monthly, 1, SupportArrangement.DirectPayment, null, [benAssessment.Needs[1].Id], [benAssessment.Outcomes[1].Id], "A personal assistant Ben employs"), benActor, now.AddDays(-30)));
        Must(benPlan.RecordRiskMitigation(benAssessment, benAssessment.Risks[0].Id, "Travel training with the day service; a route card and a phone contact.", benActor, now.AddDays(-30)));
        Must(benPlan.Submit(benActor, now.AddDays(-3)));

        // Cleo: agreed and active with Sunrise; her first review is due within the week.
        var cleoAssessment = AssessmentFor(cleo, today.AddDays(-120), 12_000_00, 600_00,
            [(EligibilityOutcome.PersonalHygiene, "Needs help with personal care in the evenings.")],
            ["Keep working part time."],
            [("Skin damage if care visits are missed.", false)]);
        var cleoActor = PersonActor(cleo);
        var cleoPlan = CarePlan.Start(cleoAssessment, PlanPreparer.Person, cleoActor, now.AddDays(-100));
        Must(cleoPlan.UpdateAnswers(AllAnswered("keeping my job and my independence"), null, cleoActor, now.AddDays(-100)));
        Must(cleoPlan.AddSupportItem(cleoAssessment, Item("Evening personal care", 22_00, CostFrequency.Hourly, 10, SupportArrangement.IndividualServiceFund, sunrise, [cleoAssessment.Needs[0].Id], [cleoAssessment.Outcomes[0].Id]), cleoActor, now.AddDays(-100)));
        Must(cleoPlan.RecordRiskMitigation(cleoAssessment, cleoAssessment.Risks[0].Id, "Sunrise calls Cleo and her sister if a visit will be late.", cleoActor, now.AddDays(-100)));
        Must(cleoPlan.Submit(cleoActor, now.AddDays(-90)));
        Must(cleoPlan.Agree(cleoAssessment, attestation, keyWorker, now.AddDays(-84)));
        Must(cleoPlan.MarkSupportInPlace(today.AddDays(-77), null, keyWorker, now.AddDays(-77)));

        // Dev: written with Lee, active with Sunrise and Oak, and a revision in progress.
        var devAssessment = AssessmentFor(dev, today.AddDays(-150), 20_000_00, 2_000_00,
            [(EligibilityOutcome.ManagingNutrition, "Needs help to plan and cook meals."), (EligibilityOutcome.FamilyAndRelationships, "Needs support to stay in touch with his brother.")],
            ["Eat well and keep a healthy weight.", "Visit his brother every month."],
            [("Forgets to eat when unwell.", false)]);
        var devActor = PersonActor(dev);
        var devPlan = CarePlan.Start(devAssessment, PlanPreparer.IndependentSupportPlanner, devActor, now.AddDays(-130));
        Must(devPlan.AddHelper(new PlanHelperDetails(HelperKind.IndependentSupportPlanner, planner.Name, planner.Id), devActor, now.AddDays(-130)));
        Must(devPlan.UpdateAnswers(AllAnswered("eating well and seeing my brother"), null, lee, now.AddDays(-128)));
        Must(devPlan.AddSupportItem(devAssessment, Item("Meal preparation visits", 21_00, CostFrequency.Hourly, 7, SupportArrangement.CouncilArranged, sunrise, [devAssessment.Needs[0].Id], [devAssessment.Outcomes[0].Id]), lee, now.AddDays(-128)));
        Must(devPlan.AddSupportItem(devAssessment, Item("Community activity day", 68_00, CostFrequency.PerSession, 1, SupportArrangement.CouncilArranged, oak, [devAssessment.Needs[1].Id], [devAssessment.Outcomes[1].Id]), lee, now.AddDays(-128)));
        Must(devPlan.RecordRiskMitigation(devAssessment, devAssessment.Risks[0].Id, "Meal visits include a check that Dev has eaten; Sunrise tells Lee if not.", lee, now.AddDays(-128)));
        Must(devPlan.ConfirmBestInterests("Lee wrote the plan with Dev, in his presence, choosing what he asked for; Sam checked it with Dev.", keyWorker, now.AddDays(-127)));
        Must(devPlan.ConfirmOwnDecisions(devActor, now.AddDays(-127)));
        Must(devPlan.Submit(devActor, now.AddDays(-126)));
        Must(devPlan.Agree(devAssessment, attestation, keyWorker, now.AddDays(-80)));
        Must(devPlan.MarkSupportInPlace(today.AddDays(-70), null, keyWorker, now.AddDays(-70)));

        // R32: Sam checked in with Dev within two weeks; Cleo's check-in is still due.
        var devCheckIn = CheckIn.Record(devPlan, new CheckInDetails(now.AddDays(-60), "Dev is eating regularly and enjoys the activity day; no changes needed.", false), keyWorker, now.AddDays(-60));
        Must(devCheckIn);
        Must(devPlan.StartRevision(PlanPreparer.IndependentSupportPlanner, devActor, now.AddDays(-2), "Dev wants to add a weekly swimming session."));

        // Fay: Cleo's sister and carer, recorded by Cleo with consent to see her plan (R33).
        var fay = Must(Carer.Record(cleo, "Fay Armstrong", "sister", "carer-fay", [CarerConsent.Plan], [], cleoActor, now.AddDays(-60)));
        db.Carers.Add(fay);

        // Eve: assessed, with an indicative budget and no plan yet; falls at night are a significant risk, so her plan
        // will need the Risk Management Panel (R12, R23). A newcomer can start it (R31).
        var eveAssessment = AssessmentFor(eve, today.AddDays(-5), 11_500_00, 900_00,
            [(EligibilityOutcome.UsingTheHomeSafely, "Needs help to get to the bathroom safely at night."), (EligibilityOutcome.PersonalHygiene, "Needs help to wash and dress each morning.")],
            ["Stay living in her own flat.", "Sleep through the night without worrying about falling."],
            [("Falls at night", true), ("Forgets to take her evening medication.", false)]);

        // Issue 15: each provider's portal and the council website are approved integrations; Lee's planning tool waits.
        var jo = new Actor("admin-jo", "Jo Bennett", ActorRole.Administrator);
        var sunrisePortal = Must(Integration.Register(
            new IntegrationRegistration("Sunrise Home Care portal", ClientIdOf("prov-sunrise"), sunrise.Id, [new IntegrationContact("Dana Ng", "dana.ng@sunrise.example")], IntegrationAccess.ReadWrite, ["https://portal.sunrise.example"], ["https://portal.sunrise.example/hooks/careplan"]),
            new Actor(sunrise.Handle, sunrise.Name, ActorRole.Provider), sunrise.Id, allowInsecureUrls: false, now.AddDays(-200)));
        Must(sunrisePortal.Approve(null, jo, now.AddDays(-199)));
        var oakPortal = Must(Integration.Register(
            new IntegrationRegistration("Oak Tree Day Services portal", ClientIdOf("prov-oak"), oak.Id, [new IntegrationContact("Sam Patel", "it@oaktree.example")], IntegrationAccess.ReadWrite, ["https://portal.oaktree.example"], []),
            new Actor(oak.Handle, oak.Name, ActorRole.Provider), oak.Id, allowInsecureUrls: false, now.AddDays(-200)));
        Must(oakPortal.Approve(null, jo, now.AddDays(-199)));
        var website = Must(Integration.Register(
            new IntegrationRegistration("Council website", ClientIdOf("web-council"), null, [new IntegrationContact("Web team", "web@council.example")], IntegrationAccess.ReadOnly, ["https://www.council.example"], []),
            jo, null, allowInsecureUrls: false, now.AddDays(-300)));
        Must(website.Approve(null, jo, now.AddDays(-300)));
        var leesTool = Must(Integration.Register(
            new IntegrationRegistration("Lee Chen planning tool", ClientIdOf("app-lee-tool"), planner.Id, [new IntegrationContact("Lee Chen", "lee@leechen-planning.example")], IntegrationAccess.ReadWrite, ["https://tool.leechen-planning.example"], []),
            new Actor(planner.Handle, planner.Name, ActorRole.SupportPlanner), planner.Id, allowInsecureUrls: false, now.AddDays(-2)));
        db.Integrations.AddRange(sunrisePortal, oakPortal, website, leesTool);

        // Sunrise's portal also takes webhooks (issue 16). A fixed secret, for the demo only.
        var sunriseHook = Must(WebhookEndpoint.Register(sunrisePortal, "https://portal.sunrise.example/hooks/careplan", "Plan status changes", DemoWebhookSecret, new Actor(sunrise.Handle, sunrise.Name, ActorRole.Provider), sunrise.Id, allowInsecureUrls: false, now.AddDays(-198)));
        db.WebhookEndpoints.Add(sunriseHook);

        db.Assessments.AddRange(adaAssessment, benAssessment, cleoAssessment, devAssessment, eveAssessment);
        db.CarePlans.AddRange(adaPlan, benPlan, cleoPlan, devPlan);
        db.CheckIns.Add(devCheckIn.Value!.CheckIn);
    }

    /// <summary>Demo data must be valid: a refused step is a bug in this file, not something to skip.</summary>
    private static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data step refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }

    private static T Must<T>(Result<T> result)
    {
        Must(result.ToResult());
        return result.Value!;
    }

    private static StaffMember Staff(string username, string name, ActorRole role) => new(new Id<StaffMember>(StableId(username)), username, name, role);

    private static Organisation Org(string handle, string name, OrganisationKind kind) => new(new Id<Organisation>(StableId(handle)), handle, name, kind);

    private static Person PersonRecord(string reference, string fullName, string preferred, DateOnly born, StaffMember keyWorker) =>
        new(new Id<Person>(StableId(reference)), reference, fullName, preferred, born, keyWorker.Id);

    private static Actor PersonActor(Person person) => new(person.Reference, person.FullName, ActorRole.Person);

    private static Assessment AssessmentFor(
        Person person,
        DateOnly completedOn,
        long indicativePence,
        long contributionPence,
        (EligibilityOutcome Area, string Text)[] needs,
        string[] outcomes,
        (string Text, bool Significant)[] risks)
    {
        var key = person.Reference + "/assessment";
        return new Assessment(
            new Id<Assessment>(StableId(key)),
            person.Id,
            completedOn,
            new Money(indicativePence),
            new Money(contributionPence),
            needs.Select((n, i) => new EligibleNeed(new Id<EligibleNeed>(StableId($"{key}/need/{i}")), n.Area, n.Text)),
            outcomes.Select((o, i) => new DesiredOutcome(new Id<DesiredOutcome>(StableId($"{key}/outcome/{i}")), o)),
            risks.Select((r, i) => new IdentifiedRisk(new Id<IdentifiedRisk>(StableId($"{key}/risk/{i}")), r.Text, r.Significant)));
    }

    private static SupportItemDetails Item(
        string description,
        long unitPence,
        CostFrequency frequency,
        int quantity,
        SupportArrangement arrangement,
        Organisation? provider,
        Id<EligibleNeed>[] needs,
        Id<DesiredOutcome>[] outcomes,
        string? providerName = null) =>
        new(description, new Money(unitPence), frequency, quantity, arrangement, provider?.Id, providerName ?? provider?.Name, needs, outcomes);

    private static PlanAnswers AllAnswered(string focus) => new(
        $"What matters most is {focus}.",
        "Family help most days; evenings and travel are hard.",
        "More independence and less worry for my family.",
        "Support with the needs in my assessment so I can achieve my outcomes.",
        "Through the council and a Direct Payment where it suits me.",
        "As the support items in this plan set out.",
        "I choose who supports me and review it with my Key Worker.");

    /// <summary>The demo webhook endpoint's signing secret: fixed so a local receiver can verify deliveries; never for real use.</summary>
    public const string DemoWebhookSecret = "whsec_ZGVtby1vbmx5LWRlbW8tb25seS1kZW1vLW9ubHktMzI=";

    /// <summary>The Entra ID application (client) id of a demo integration, as the local issuer puts it in the persona's tokens.</summary>
    public static Guid ClientIdOf(string persona) => StableId("integration:" + persona);

    /// <summary>A GUID that is the same on every machine for the same demo handle.</summary>
    private static Guid StableId(string handle) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("careplangraph-demo:" + handle)).AsSpan(0, 16));
}
