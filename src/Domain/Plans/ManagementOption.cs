namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// How the person's support as a whole is managed (R10), derived from how its items are arranged [A][B]:
/// by Direct Payment, by the council, through an Individual Service Fund, or a combination.
/// </summary>
public enum ManagementOption
{
    /// <summary>No item says how it is arranged yet.</summary>
    NotDecided,

    /// <summary>Every arranged item is paid for by Direct Payment (including those the person, their family or an organisation organises).</summary>
    DirectPayment,

    /// <summary>Every arranged item is arranged by the council.</summary>
    CouncilManaged,

    /// <summary>Every arranged item is managed by a provider as an Individual Service Fund.</summary>
    IndividualServiceFund,

    /// <summary>Items are managed in more than one of these ways.</summary>
    Combination,
}
