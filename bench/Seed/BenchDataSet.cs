using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Bench.Seed;

/// <summary>How big the data set is.</summary>
internal sealed record DataSetShape(int People, int Providers, int KeyWorkers, int FanOutPlans);

/// <summary>
/// The benchmark's data set, built only through the domain's methods (as <c>DemoData</c> is), so every plan is one the
/// API could have produced: each person has an assessment and one plan of 5–15 items from the providers; one plan in
/// ten is a draft written with the planner's help, one is submitted, two are agreed, and six have support in place
/// (one of those with a revision in progress and one under review). Key Workers have equal caseloads in blocks. A few
/// extra agreed plans name every provider, for the fan-out scenario to change one status that every portal sees.
/// </summary>
internal static class BenchDataSet
{
    public const string PlannerHandle = "sp-bench";
    private const int BatchSize = 200;

    private static readonly string[] ItemNames =
    [
        "Morning personal care", "Evening personal care", "Meal preparation visits", "Day service sessions",
        "Community activity day", "Shopping support", "Medication prompts", "Night sitting service",
        "Travel training", "Help with laundry and cleaning", "Support to attend college", "Befriending visits",
    ];

    private static readonly EligibilityOutcome[] Areas =
    [
        EligibilityOutcome.PersonalHygiene, EligibilityOutcome.ManagingNutrition, EligibilityOutcome.UsingTheHomeSafely,
        EligibilityOutcome.CommunityFacilitiesAndTransport, EligibilityOutcome.FamilyAndRelationships,
    ];

    private static readonly AgreementAttestation Attestation = new(true, true, true,
        "Affordable within the personal budget, meets every eligible need and outcome, risks are managed.",
        "Information about local community services.");

    public static async Task<SeededIds> LoadAsync(IServiceProvider services, DataSetShape shape, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(20261202);

        var providers = Enumerable.Range(1, shape.Providers)
            .Select(i => new Organisation(Id<Organisation>.New(), $"prov-bench-{i:00}", $"Bench Provider {i:00} Ltd", OrganisationKind.ServiceProvider))
            .ToArray();
        var planner = new Organisation(Id<Organisation>.New(), PlannerHandle, "Bench Independent Support Planning", OrganisationKind.SupportPlanner);
        var keyWorkers = Enumerable.Range(1, shape.KeyWorkers)
            .Select(i => new StaffMember(Id<StaffMember>.New(), $"kw-bench-{i:00}", $"Key Worker {i:00}", ActorRole.KeyWorker))
            .ToArray();
        await InScopeAsync(services, db =>
        {
            db.Organisations.AddRange(providers);
            db.Organisations.Add(planner);
            db.StaffMembers.AddRange(keyWorkers);

            // Each provider's portal is an approved integration (issue 15): its app-only tokens name it by client id.
            var admin = new Actor("admin-bench", "Bench Administrator", ActorRole.Administrator);
            foreach (var provider in providers)
            {
                var portal = Must(Integration.Register(
                    new IntegrationRegistration(provider.Handle + " portal", SeededIds.ClientIdOf(provider.Handle), provider.Id, [new IntegrationContact("Bench", "bench@example.org")], IntegrationAccess.ReadWrite, [], []),
                    new Actor(provider.Handle, provider.Name, ActorRole.Provider), provider.Id, allowInsecureUrls: false, now.AddDays(-300)));
                Must(portal.Approve(null, admin, now.AddDays(-300)));
                db.Integrations.Add(portal);
            }
        }).ConfigureAwait(false);

        var plannerActor = new Actor(planner.Handle, planner.Name, ActorRole.SupportPlanner);
        var caseload = Math.Max(1, (shape.People + shape.KeyWorkers - 1) / shape.KeyWorkers);
        var nodePlans = new List<string>();
        var editPlans = new List<string>();
        for (var start = 0; start < shape.People; start += BatchSize)
        {
            var end = Math.Min(shape.People, start + BatchSize);
            await InScopeAsync(services, db =>
            {
                for (var i = start; i < end; i++)
                {
                    var keyWorker = keyWorkers[Math.Min(i / caseload, keyWorkers.Length - 1)];
                    var kwActor = new Actor(keyWorker.Username, keyWorker.FullName, ActorRole.KeyWorker);
                    var person = new Person(Id<Person>.New(), $"p-bench-{i + 1:0000}", $"Bench Person {i + 1:0000}", $"Person {i + 1}", new DateOnly(1940 + (i % 60), 1 + (i % 12), 1 + (i % 28)), keyWorker.Id);
                    var items = Items(random, providers, 5 + random.Next(11));
                    var assessment = AssessmentFor(person, today.AddDays(-200), items);
                    var personActor = new Actor(person.Reference, person.FullName, ActorRole.Person);
                    var stage = i % 10;
                    var plan = stage == 0
                        ? Draft(assessment, items, planner, plannerActor, personActor, now)
                        : Written(assessment, items, personActor, now);
                    if (stage >= 1)
                    {
                        Must(plan.Submit(personActor, now.AddDays(-150)));
                    }

                    if (stage >= 2)
                    {
                        Must(plan.Agree(assessment, Attestation, kwActor, now.AddDays(-140)));
                    }

                    if (stage >= 4)
                    {
                        Must(plan.MarkSupportInPlace(today.AddDays(-130), null, kwActor, now.AddDays(-130)));
                    }

                    if (stage == 4)
                    {
                        Must(plan.StartRevision(PlanPreparer.Person, personActor, now.AddDays(-3), "A new activity to add."));
                    }

                    if (stage == 5)
                    {
                        db.Reviews.Add(Must(Review.Start(plan, today.AddDays(14), kwActor, now.AddDays(-1))));
                    }

                    db.People.Add(person);
                    db.Assessments.Add(assessment);
                    db.CarePlans.Add(plan);
                    var planId = NodeId.Encode("CarePlan", plan.Id.Value);
                    if (stage == 0)
                    {
                        editPlans.Add(planId);
                    }
                    else if (keyWorker == keyWorkers[0] && stage >= 4)
                    {
                        nodePlans.Add(planId);
                    }
                }
            }).ConfigureAwait(false);
        }

        // One plan per fan-out run: agreed, naming every provider, so one markSupportInPlace reaches every portal.
        var fanOutPlans = new List<string>();
        await InScopeAsync(services, db =>
        {
            var keyWorker = keyWorkers[0];
            var kwActor = new Actor(keyWorker.Username, keyWorker.FullName, ActorRole.KeyWorker);
            for (var i = 1; i <= shape.FanOutPlans; i++)
            {
                var person = new Person(Id<Person>.New(), $"p-fanout-{i}", $"Fan-out Person {i}", $"Fan-out {i}", new DateOnly(1950, 1, i), keyWorker.Id);
                var items = providers.Select((provider, n) => Item(ItemNames[n % ItemNames.Length], 2_000 + (n * 10), CostFrequency.Hourly, 2, provider)).ToArray();
                var assessment = AssessmentFor(person, today.AddDays(-60), items);
                var personActor = new Actor(person.Reference, person.FullName, ActorRole.Person);
                var plan = Written(assessment, items, personActor, now);
                Must(plan.Submit(personActor, now.AddDays(-20)));
                Must(plan.Agree(assessment, Attestation, kwActor, now.AddDays(-10)));
                db.People.Add(person);
                db.Assessments.Add(assessment);
                db.CarePlans.Add(plan);
                fanOutPlans.Add(NodeId.Encode("CarePlan", plan.Id.Value));
            }
        }).ConfigureAwait(false);

        return new SeededIds(
            [.. providers.Select(p => p.Handle)],
            keyWorkers[0].Username,
            PlannerHandle,
            nodePlans,
            editPlans,
            fanOutPlans,
            today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One unit of work per batch: a few hundred people in one SaveChanges, then the tracker is dropped.</summary>
    private static async Task InScopeAsync(IServiceProvider services, Action<CarePlanDbContext> fill)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        fill(db);
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    private static CarePlan Draft(Assessment assessment, SupportItemDetails[] items, Organisation planner, Actor plannerActor, Actor personActor, DateTimeOffset now)
    {
        var plan = CarePlan.Start(assessment, PlanPreparer.PersonWithHelp, personActor, now.AddDays(-20));
        Must(plan.AddHelper(new PlanHelperDetails(HelperKind.IndependentSupportPlanner, planner.Name, planner.Id), personActor, now.AddDays(-20)));
        Fill(plan, assessment, items, plannerActor, now.AddDays(-19));
        return plan;
    }

    private static CarePlan Written(Assessment assessment, SupportItemDetails[] items, Actor personActor, DateTimeOffset now)
    {
        var plan = CarePlan.Start(assessment, PlanPreparer.Person, personActor, now.AddDays(-170));
        Fill(plan, assessment, items, personActor, now.AddDays(-170));
        return plan;
    }

    private static void Fill(CarePlan plan, Assessment assessment, SupportItemDetails[] items, Actor actor, DateTimeOffset at)
    {
        Must(plan.UpdateAnswers(Answers, null, actor, at));
        foreach (var item in items)
        {
            // Every need and outcome is met by some item (items take them in turn), so agreement's checks pass.
            var n = plan.CurrentVersion.SupportItems.Count;
            var met = item with
            {
                NeedsMet = [assessment.Needs[n % assessment.Needs.Count].Id],
                OutcomesMet = [assessment.Outcomes[n % assessment.Outcomes.Count].Id],
            };
            Must(plan.AddSupportItem(assessment, met, actor, at));
        }

        Must(plan.RecordRiskMitigation(assessment, assessment.Risks[0].Id, "A daily call from the provider and a named contact.", actor, at));
    }

    private static SupportItemDetails[] Items(Random random, Organisation[] providers, int count) =>
        [.. Enumerable.Range(0, count).Select(n => Item(
            ItemNames[random.Next(ItemNames.Length)],
            1_500 + random.Next(2_000),
            n % 3 == 2 ? CostFrequency.PerSession : CostFrequency.Hourly,
            1 + random.Next(10),
            providers[random.Next(providers.Length)]))];

    private static SupportItemDetails Item(string description, long unitPence, CostFrequency frequency, int quantity, Organisation provider) =>
        new(description, new Money(unitPence), frequency, quantity, SupportArrangement.CouncilArranged, provider.Id, provider.Name, [], []);

    /// <summary>An assessment whose indicative budget covers the items with a tenth to spare.</summary>
    private static Assessment AssessmentFor(Person person, DateOnly completedOn, SupportItemDetails[] items)
    {
        var annual = items.Sum(i => i.UnitCost.Pence * i.Quantity * CostFrequencyExtensions.WeeksInYear);
        var needs = 1 + (person.DateOfBirth.Day % 3);
        return new Assessment(
            Id<Assessment>.New(),
            person.Id,
            completedOn,
            new Money(annual + (annual / 10)),
            new Money(0),
            Enumerable.Range(0, needs).Select(i => new EligibleNeed(Id<EligibleNeed>.New(), Areas[(person.DateOfBirth.Month + i) % Areas.Length], "Needs help every day with this.")),
            Enumerable.Range(0, 2).Select(i => new DesiredOutcome(Id<DesiredOutcome>.New(), i == 0 ? "Stay living at home." : "See friends every week.")),
            [new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Falls when alone at home.", false)]);
    }

    private static readonly PlanAnswers Answers = new(
        "What matters most is staying at home.",
        "Family help most days; evenings are hard.",
        "More independence and less worry for my family.",
        "Support with the needs in my assessment so I can achieve my outcomes.",
        "Through the council.",
        "As the support items in this plan set out.",
        "I choose who supports me and review it with my Key Worker.");

    /// <summary>Every step here must succeed: a refused one is a bug in the data set, not something to skip.</summary>
    private static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding step refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }

    private static T Must<T>(Result<T> result)
    {
        Must(result.ToResult());
        return result.Value!;
    }
}
