namespace CarePlanGraph.Domain.Complaints;

/// <summary>Where a complaint stands with Customer Services (R25).</summary>
public enum ComplaintStatus
{
    /// <summary>Made; to be acknowledged within 3 working days.</summary>
    Received,

    /// <summary>Acknowledged; being looked into.</summary>
    Acknowledged,

    /// <summary>Responded to, with conclusions, actions and the right to go to the Ombudsman.</summary>
    Responded,

    /// <summary>Closed.</summary>
    Closed,
}
