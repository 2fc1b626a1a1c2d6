namespace CarePlanGraph.Domain.Plans;

/// <summary>How a support item is arranged (R10), after the ways [B] lists.</summary>
public enum SupportArrangement
{
    /// <summary>The person buys it with a Direct Payment.</summary>
    DirectPayment,

    /// <summary>The council arranges and pays for it.</summary>
    CouncilArranged,

    /// <summary>A provider manages the money for the person (Individual Service Fund).</summary>
    IndividualServiceFund,

    /// <summary>An organisation helps the person arrange it.</summary>
    OrganisationHelps,

    /// <summary>The person organises it, or family or friends do; it may be bought with a Direct Payment.</summary>
    SelfOrFamilyOrganised,

    /// <summary>
    /// R34: unpaid support given freely by family, friends, carers or the community (the giver is named as the
    /// provider). It meets needs and outcomes but costs nothing and is no part of how the budget is managed. After the
    /// Client Level Data "unpaid / informal support" delivery mechanism. Added last so stored values keep their meaning.
    /// </summary>
    Unpaid,
}
