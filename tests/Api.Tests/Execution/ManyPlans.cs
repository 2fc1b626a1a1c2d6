using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Execution;

/// <summary>
/// Adds people with agreed plans to a factory's database, beyond the demo set, so a page of 100 can be asked for.
/// Each plan is written, submitted and agreed through the domain (every agreement check passes), with three items
/// from the demo providers, so the dashboard's fields all have something to load.
/// </summary>
internal static class ManyPlans
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Makes sure the factory's database holds at least <paramref name="plans"/> plans.</summary>
    public static async Task EnsureAsync(CarePlanApiFactory factory, int plans)
    {
        await Gate.WaitAsync();
        try
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var existing = await db.CarePlans.CountAsync();
            if (existing >= plans)
            {
                return;
            }

            var keyWorker = await db.StaffMembers.SingleAsync(s => s.Username == "kw-sam");
            var providers = await db.Organisations.Where(o => o.Kind == OrganisationKind.ServiceProvider).OrderBy(o => o.Handle).ToListAsync();
            var now = factory.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var officer = new Actor(keyWorker.Username, keyWorker.FullName, ActorRole.KeyWorker);
            var attestation = new AgreementAttestation(true, true, true, "Affordable, meets every need and outcome, risks managed.", "Local prevention services offered.");

            for (var i = existing; i < plans; i++)
            {
                var reference = $"p-load-{i:D3}";
                var person = new Person(Id<Person>.New(), reference, $"Load Person {i}", $"Load {i}", new DateOnly(1950 + (i % 40), 1 + (i % 12), 1 + (i % 28)), keyWorker.Id);
                var assessment = new Assessment(
                    Id<Assessment>.New(),
                    person.Id,
                    today.AddDays(-120),
                    new Money(20_000_00),
                    new Money(500_00),
                    [new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.PersonalHygiene, "Needs help to wash and dress."),
                     new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.ManagingNutrition, "Needs help to cook.")],
                    [new DesiredOutcome(Id<DesiredOutcome>.New(), "Stay at home."), new DesiredOutcome(Id<DesiredOutcome>.New(), "See friends weekly.")],
                    [new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Falls in the kitchen.", false)]);
                var actor = new Actor(reference, person.FullName, ActorRole.Person);
                var plan = CarePlan.Start(assessment, PlanPreparer.Person, actor, now.AddDays(-100));
                Must(plan.UpdateAnswers(new PlanAnswers("Home.", "Family helps.", "More independence.", "With my needs.", "Council arranged.", "As the items say.", "I choose."), null, actor, now.AddDays(-100)));
                for (var item = 0; item < 3; item++)
                {
                    var provider = providers[(i + item) % providers.Count];
                    Must(plan.AddSupportItem(
                        assessment,
                        new SupportItemDetails($"Support {item}", new Money(20_00), CostFrequency.Hourly, 3, SupportArrangement.CouncilArranged, provider.Id, provider.Name, [assessment.Needs[item % 2].Id], [assessment.Outcomes[item % 2].Id]),
                        actor,
                        now.AddDays(-100)));
                }

                Must(plan.RecordRiskMitigation(assessment, assessment.Risks[0].Id, "A grab rail and a pendant alarm.", actor, now.AddDays(-100)));
                Must(plan.Submit(actor, now.AddDays(-95)));
                Must(plan.Agree(assessment, attestation, officer, now.AddDays(-90)));
                db.People.Add(person);
                db.Assessments.Add(assessment);
                db.CarePlans.Add(plan);
            }

            await db.SaveChangesAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Must(Result result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Must<T>(Result<T> result) => Must(result.ToResult());
}
