namespace CarePlanGraph.Domain.Integrations;

/// <summary>Where an integration stands. Only an APPROVED integration's tokens are accepted.</summary>
public enum IntegrationStatus
{
    /// <summary>Registered, waiting for an administrator to approve or refuse it.</summary>
    Pending,

    /// <summary>Approved: its tokens are accepted, with the access it was granted.</summary>
    Approved,

    /// <summary>Refused by an administrator, with reasons. Register again to ask afresh.</summary>
    Refused,

    /// <summary>Suspended by an administrator, with a reason: its tokens are refused until it is reinstated.</summary>
    Suspended,
}
