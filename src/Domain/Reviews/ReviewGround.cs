namespace CarePlanGraph.Domain.Reviews;

/// <summary>Why someone asks for a review before it is due (R21) [A].</summary>
public enum ReviewGround
{
    /// <summary>The person's needs have changed.</summary>
    NeedsChanged,

    /// <summary>The support in place no longer meets the person's needs.</summary>
    SupportNoLongerMeetsNeeds,

    /// <summary>The person wants to make a major change to their plan.</summary>
    MajorChangeWanted,

    /// <summary>There are unmanageable risks in the plan.</summary>
    UnmanageableRisks,

    /// <summary>The council requests it; only council staff can give this ground.</summary>
    CouncilRequest,
}
