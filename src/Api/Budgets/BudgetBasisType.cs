using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Budgets;

namespace CarePlanGraph.Api.Budgets;

public sealed class BudgetBasisType() : DescribedEnumType<BudgetBasis>(
    "BudgetBasis",
    "Which budget a personal budget statement compares the plan with (R02).",
    new Dictionary<BudgetBasis, string>
    {
        [BudgetBasis.Indicative] = "The indicative personal budget allocated from the assessment, before the version is agreed.",
        [BudgetBasis.Final] = "The final personal budget, set when the version was agreed: its total annual cost.",
    });
