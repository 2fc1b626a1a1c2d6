namespace CarePlanGraph.Domain.Agreement;

/// <summary>What the assessing officer decided about a submitted version.</summary>
public enum DecisionOutcome
{
    /// <summary>Agreed: the version is frozen and comes into force (R16).</summary>
    Agreed,

    /// <summary>Not agreed: sent back with reasons and what must change (R17).</summary>
    ChangesRequired,
}
