using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>
/// An assessment with two eligible needs, two desired outcomes and one ordinary risk, an indicative budget of
/// £17,000.00 a year and a contribution of £2,080.00 a year (£40.00 a week), unless told otherwise.
/// </summary>
internal sealed class AssessmentBuilder
{
    private readonly List<IdentifiedRisk> _risks = [Falls];
    private Money _budget = Money.FromPounds(17_000);
    private Money _contribution = Money.FromPounds(2_080);

    public static EligibleNeed Washing { get; } = new(Id<EligibleNeed>.New(), EligibilityOutcome.PersonalHygiene, "Help to wash and dress each morning");

    public static EligibleNeed Meals { get; } = new(Id<EligibleNeed>.New(), EligibilityOutcome.ManagingNutrition, "Help to prepare meals");

    public static DesiredOutcome StayAtHome { get; } = new(Id<DesiredOutcome>.New(), "Keep living in my own home");

    public static DesiredOutcome SeeFriends { get; } = new(Id<DesiredOutcome>.New(), "See my friends at the community centre twice a week");

    public static IdentifiedRisk Falls { get; } = new(Id<IdentifiedRisk>.New(), "Falls getting up at night", isSignificant: false);

    public static IdentifiedRisk SelfNeglect { get; } = new(Id<IdentifiedRisk>.New(), "Refuses help with medication when low", isSignificant: true);

    public AssessmentBuilder WithBudget(Money budget)
    {
        _budget = budget;
        return this;
    }

    public AssessmentBuilder WithContribution(Money contribution)
    {
        _contribution = contribution;
        return this;
    }

    public AssessmentBuilder WithSignificantRisk()
    {
        _risks.Add(SelfNeglect);
        return this;
    }

    public AssessmentBuilder WithoutRisks()
    {
        _risks.Clear();
        return this;
    }

    public Assessment Build() => new(
        Id<Assessment>.New(),
        Id<Person>.New(),
        new DateOnly(2026, 2, 16),
        _budget,
        _contribution,
        [Washing, Meals],
        [StayAtHome, SeeFriends],
        _risks);
}
