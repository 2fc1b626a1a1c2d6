namespace CarePlanGraph.Domain.Safeguarding;

/// <summary>Where a safety concern stands with the safeguarding team (R24).</summary>
public enum SafetyConcernStatus
{
    /// <summary>Raised and waiting in the safeguarding team's queue.</summary>
    Open,

    /// <summary>The safeguarding team has dealt with it and recorded what was done.</summary>
    Closed,
}
