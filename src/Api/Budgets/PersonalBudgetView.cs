using CarePlanGraph.Domain.Budgets;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Budgets;

/// <summary>A personal budget statement (R02) for one version of a plan, with the plan it belongs to.</summary>
public sealed record PersonalBudgetView(CarePlan Plan, int VersionNumber, PersonalBudgetStatement Statement)
{
    /// <summary>The statement for <paramref name="version"/>: against the final budget if it was agreed, else the indicative one.</summary>
    public static PersonalBudgetView For(CarePlan plan, PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(plan, version.Number, PersonalBudgetStatement.For(plan, version));
    }
}
