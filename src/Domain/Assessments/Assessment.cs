using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>
/// A needs assessment (R01) and the indicative personal budget allocated from it (R02).
/// A plan is written against exactly one assessment.
/// </summary>
public sealed class Assessment : IPersonRecord
{
    private readonly List<EligibleNeed> _needs = [];
    private readonly List<DesiredOutcome> _outcomes = [];
    private readonly List<IdentifiedRisk> _risks = [];

    private Assessment()
    {
    }

    public Assessment(
        Id<Assessment> id,
        Id<Person> personId,
        DateOnly completedOn,
        Money indicativeBudget,
        Money assessedContribution,
        IEnumerable<EligibleNeed> needs,
        IEnumerable<DesiredOutcome> outcomes,
        IEnumerable<IdentifiedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(risks);
        if (indicativeBudget.IsNegative || assessedContribution.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(indicativeBudget), "Budgets and contributions are never negative.");
        }

        Id = id;
        PersonId = personId;
        CompletedOn = completedOn;
        IndicativeBudget = indicativeBudget;
        AssessedContribution = assessedContribution;
        _needs.AddRange(needs);
        _outcomes.AddRange(outcomes);
        _risks.AddRange(risks);
    }

    public Id<Assessment> Id { get; private set; }

    public Id<Person> PersonId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// <summary>The indicative personal budget a year, allocated before the plan is written (R02).</summary>
    public Money IndicativeBudget { get; private set; }

    /// <summary>What the financial assessment says the person pays towards their support a year.</summary>
    public Money AssessedContribution { get; private set; }

    public IReadOnlyList<EligibleNeed> Needs => _needs;

    public IReadOnlyList<DesiredOutcome> Outcomes => _outcomes;

    public IReadOnlyList<IdentifiedRisk> Risks => _risks;
}
