namespace CarePlanGraph.Domain.Budgets;

/// <summary>Which budget a statement compares the plan with (R02).</summary>
public enum BudgetBasis
{
    /// <summary>The indicative personal budget allocated from the assessment, before the plan is agreed.</summary>
    Indicative,

    /// <summary>The final personal budget, set when the version was agreed.</summary>
    Final,
}
