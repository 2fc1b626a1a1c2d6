namespace CarePlanGraph.Domain.Reviews;

/// <summary>Where a request for a review stands (R21).</summary>
public enum ReviewRequestStatus
{
    /// <summary>Waiting for the council to decide.</summary>
    Pending,

    /// <summary>Accepted: a review is under way.</summary>
    Accepted,

    /// <summary>Declined, with reasons.</summary>
    Declined,
}
