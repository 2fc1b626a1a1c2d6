namespace CarePlanGraph.Domain.Reviews;

/// <summary>Why a review is held: one of the planned reviews of R20, or a request accepted under R21.</summary>
public enum ReviewKind
{
    /// <summary>The first review, 6 to 12 weeks after support is in place.</summary>
    First,

    /// <summary>The review of a Direct Payment within 6 months of it starting (DP regulations 2014, reg. 7).</summary>
    DirectPayment,

    /// <summary>The planned review each year.</summary>
    Annual,

    /// <summary>A review someone asked for, accepted by the council (R21).</summary>
    Requested,
}
