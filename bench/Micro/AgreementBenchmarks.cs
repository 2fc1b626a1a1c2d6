using BenchmarkDotNet.Attributes;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Bench.Micro;

/// <summary>
/// The agreement checks (R09–R16) on a submitted plan of 5 or 15 items, as <c>agreementChecks</c> and <c>agreePlan</c>
/// run them: pure domain work, no store.
/// </summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private CarePlan _plan = null!;
    private Assessment _assessment = null!;

    [Params(5, 15)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var provider = new Organisation(Id<Organisation>.New(), "prov-micro", "Micro Provider Ltd", OrganisationKind.ServiceProvider);
        var person = new Person(Id<Person>.New(), "p-micro", "Micro Person", "Micro", new DateOnly(1950, 1, 1), Id<StaffMember>.New());
        var actor = new Actor(person.Reference, person.FullName, ActorRole.Person);
        _assessment = new Assessment(
            Id<Assessment>.New(),
            person.Id,
            new DateOnly(2026, 6, 1),
            Money.FromPounds(100_000),
            new Money(0),
            [new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.PersonalHygiene, "Needs help to wash."), new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.ManagingNutrition, "Needs help to cook.")],
            [new DesiredOutcome(Id<DesiredOutcome>.New(), "Stay at home."), new DesiredOutcome(Id<DesiredOutcome>.New(), "See friends.")],
            [new IdentifiedRisk(Id<IdentifiedRisk>.New(), "Falls.", false)]);
        _plan = CarePlan.Start(_assessment, PlanPreparer.Person, actor, now);
        Check(_plan.UpdateAnswers(new PlanAnswers("a", "b", "c", "d", "e", "f", "g"), null, actor, now));
        for (var i = 0; i < Items; i++)
        {
            var details = new SupportItemDetails($"Item {i}", new Money(2_000 + i), CostFrequency.Hourly, 1 + (i % 5), SupportArrangement.CouncilArranged, provider.Id, provider.Name,
                [_assessment.Needs[i % 2].Id], [_assessment.Outcomes[i % 2].Id]);
            Check(_plan.AddSupportItem(_assessment, details, actor, now).ToResult());
        }

        Check(_plan.RecordRiskMitigation(_assessment, _assessment.Risks[0].Id, "A daily call.", actor, now).ToResult());
        Check(_plan.Submit(actor, now));
    }

    [Benchmark]
    public AgreementEvaluation EvaluateAgreement() => _plan.EvaluateAgreement(_assessment);

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
