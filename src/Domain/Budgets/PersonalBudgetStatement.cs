using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Budgets;

/// <summary>
/// A personal budget statement (R02, R04): the budget a version is measured against (indicative or final), what the
/// version costs, and how that cost is shared between the person and the council, a year and a week.
/// <para>
/// The person pays their assessed contribution, but never more than the support costs; the council pays the rest,
/// so its share is never negative. Weekly figures spread the annual ones over the declared 52-week year, rounded to
/// the penny; the weekly council share is the weekly total less the weekly contribution, so each week adds up.
/// </para>
/// </summary>
public sealed record PersonalBudgetStatement
{
    private PersonalBudgetStatement()
    {
    }

    public BudgetBasis Basis { get; private init; }

    /// <summary>The budget a year: the indicative allocation, or the final personal budget once agreed.</summary>
    public Money Budget { get; private init; }

    /// <summary>The total annual cost of the version's support items.</summary>
    public Money TotalAnnualCost { get; private init; }

    /// <summary>The total weekly cost, on the declared 52-week year.</summary>
    public Money TotalWeeklyCost { get; private init; }

    /// <summary>What the financial assessment says the person pays a year.</summary>
    public Money AssessedContribution { get; private init; }

    /// <summary>What the person pays a year: the assessed contribution, or the total cost if that is less.</summary>
    public Money PersonContribution { get; private init; }

    /// <summary>What the person pays a week.</summary>
    public Money PersonWeeklyContribution { get; private init; }

    /// <summary>What the council pays a year: the total cost less the person's contribution; never negative.</summary>
    public Money CouncilShare { get; private init; }

    /// <summary>What the council pays a week.</summary>
    public Money CouncilWeeklyShare { get; private init; }

    /// <summary>The budget less the total cost: negative when the plan is over budget.</summary>
    public Money Remaining => Budget - TotalAnnualCost;

    /// <summary>How far the total is over the budget, or zero.</summary>
    public Money OverBudgetBy => Money.Max(Money.Zero, TotalAnnualCost - Budget);

    /// <summary>True when the total annual cost is within the budget (R09).</summary>
    public bool IsWithinBudget => TotalAnnualCost <= Budget;

    /// <summary>A statement from its figures, all a year. None may be negative.</summary>
    public static PersonalBudgetStatement Create(BudgetBasis basis, Money budget, Money totalAnnualCost, Money assessedContribution)
    {
        if (budget.IsNegative || totalAnnualCost.IsNegative || assessedContribution.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), "Budgets, costs and contributions are never negative.");
        }

        var weeks = CostFrequencyExtensions.WeeksInYear;
        var personContribution = Money.Min(assessedContribution, totalAnnualCost);
        var totalWeekly = totalAnnualCost.DivideRounded(weeks);
        var personWeekly = Money.Min(personContribution.DivideRounded(weeks), totalWeekly);
        return new PersonalBudgetStatement
        {
            Basis = basis,
            Budget = budget,
            TotalAnnualCost = totalAnnualCost,
            TotalWeeklyCost = totalWeekly,
            AssessedContribution = assessedContribution,
            PersonContribution = personContribution,
            PersonWeeklyContribution = personWeekly,
            CouncilShare = totalAnnualCost - personContribution,
            CouncilWeeklyShare = totalWeekly - personWeekly,
        };
    }

    /// <summary>
    /// The statement for one version of a plan: measured against the final personal budget if the version was agreed,
    /// otherwise against the indicative budget allocated from the assessment.
    /// </summary>
    public static PersonalBudgetStatement For(CarePlan plan, PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(version);
        if (version.PlanId != plan.Id)
        {
            throw new ArgumentException("The version belongs to another plan.", nameof(version));
        }

        return version.AgreedAt is null
            ? Create(BudgetBasis.Indicative, plan.IndicativeBudget, version.TotalAnnualCost, plan.AssessedContribution)
            : Create(BudgetBasis.Final, version.TotalAnnualCost, version.TotalAnnualCost, plan.AssessedContribution);
    }
}
