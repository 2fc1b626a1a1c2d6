namespace CarePlanGraph.Domain.People;

/// <summary>
/// What the person has agreed a carer may see (R26, R33). Kept small and explicit: the agreed plan is the base every
/// carer needs; reviews are an extra the person chooses. Money (budget, costs, the financial assessment), decision
/// notes, complaints made by others, safeguarding and advocacy notes are never shared with a carer.
/// </summary>
public enum CarerConsent
{
    /// <summary>The plan in force: its status, the agreed version and its support items, the review date.</summary>
    Plan,

    /// <summary>The plan's reviews and review requests (a review they are invited to is always shared with them).</summary>
    Reviews,
}
