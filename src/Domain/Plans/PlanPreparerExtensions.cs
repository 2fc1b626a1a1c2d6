namespace CarePlanGraph.Domain.Plans;

/// <summary>What who prepared a plan means for the confirmations R13 requires.</summary>
public static class PlanPreparerExtensions
{
    /// <summary>
    /// Someone other than the person completed the plan (everyone but <see cref="PlanPreparer.Person"/> and
    /// <see cref="PlanPreparer.PersonWithHelp"/>): the council must be satisfied they acted in the person's
    /// best interests [A].
    /// </summary>
    public static bool IsCompletedBySomeoneElse(this PlanPreparer preparer) =>
        preparer is not (PlanPreparer.Person or PlanPreparer.PersonWithHelp);

    /// <summary>Other people took part in writing the plan, so the person confirms the decisions are their own [B].</summary>
    public static bool InvolvesOthers(this PlanPreparer preparer) => preparer != PlanPreparer.Person;
}
