using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Tests.Reviews;

/// <summary>Active plans and the people who review them, for the R20–R25 tests.</summary>
internal static class ReviewScenarios
{
    /// <summary>The day <see cref="PlanScenario.PutInPlace"/> puts support in place: a week after <see cref="Clock.Today"/>.</summary>
    public static DateOnly InPlaceOn { get; } = Clock.Today.AddDays(7);

    public static Actor Advocate { get; } = new("adv-noor", "Noor Hussain", ActorRole.Advocate);

    public static Actor Safeguarding { get; } = new("sg-tom", "Tom Reid", ActorRole.Safeguarding);

    public static Actor Carer { get; } = new("carer-byron", "Annabella Byron", ActorRole.Helper);

    public static Organisation AdvocacyService { get; } = new(Id<Organisation>.New(), "adv-noor", "Noor Hussain, Independent Advocate", OrganisationKind.Advocacy);

    /// <summary>Support items that meet every need and outcome, all arranged by the council: no Direct Payment.</summary>
    public static PlanScenario CouncilManagedActivePlan()
    {
        var scenario = PlanScenario.Draft().AnswerAll();
        scenario.Add(Items.PersonalCare);
        scenario.Add(Items.PersonalCare with
        {
            Description = "Meals at home",
            UnitCost = Money.FromPounds(10),
            Arrangement = SupportArrangement.CouncilArranged,
            NeedsMet = [AssessmentBuilder.Meals.Id],
            OutcomesMet = [AssessmentBuilder.SeeFriends.Id],
        });
        return scenario.MitigateAllRisks().Submit().Agree().PutInPlace();
    }

    public static DateOnly Today(this PlanScenario scenario) => DateOnly.FromDateTime(scenario.Now.UtcDateTime);

    /// <summary>Moves the scenario's clock to 09:00 on <paramref name="day"/>.</summary>
    public static PlanScenario On(this PlanScenario scenario, DateOnly day) =>
        scenario.Later(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) - scenario.Now);

    /// <summary>The Key Worker starts the planned review that is due, today.</summary>
    public static Review StartReview(this PlanScenario scenario, DateOnly? reviewOn = null) =>
        Review.Start(scenario.Plan, reviewOn ?? scenario.Today(), Actors.KeyWorker, scenario.Now).ShouldSucceed();

    /// <summary>Findings that rate every outcome fully met, with the given changes starting a week later.</summary>
    public static ReviewFindings Findings(this PlanScenario scenario, params string[] changes) => new(
        [.. scenario.Assessment.Outcomes.Select(o => new OutcomeRating(o.Id, OutcomeAttainment.FullyMet))],
        "Support is working well.",
        changes,
        changes.Length > 0 ? scenario.Today().AddDays(7) : null);

    /// <summary>Records the outcome and has both parties sign, completing the review.</summary>
    public static Review CompleteAndSign(this PlanScenario scenario, Review review, params string[] changes)
    {
        review.Complete(scenario.Plan, scenario.Assessment, scenario.Findings(changes), Actors.KeyWorker, scenario.Now).ShouldSucceed();
        review.Sign(scenario.Plan, Actors.Person, scenario.Now).ShouldSucceed();
        review.Sign(scenario.Plan, Actors.KeyWorker, scenario.Now).ShouldSucceed();
        return review;
    }
}
