namespace CarePlanGraph.Domain.Complaints;

/// <summary>Where a request to meet all key staff stands (R17).</summary>
public enum ResolutionMeetingStatus
{
    /// <summary>Asked for; the Key Worker arranges it.</summary>
    Requested,

    /// <summary>A date is set.</summary>
    Arranged,

    /// <summary>The meeting took place: who came, and the solution found, are recorded.</summary>
    Held,
}
