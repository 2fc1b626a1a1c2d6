namespace CarePlanGraph.Domain.Agreement;

/// <summary>The judgements no rule can make, which the agreeing officer attests to (R15) [A][B].</summary>
public enum OfficerAttestation
{
    /// <summary>The plan is lawful and uses money sensibly.</summary>
    LawfulAndSensible,

    /// <summary>The plan keeps the person healthy, safe and well.</summary>
    KeepsPersonHealthySafeAndWell,

    /// <summary>The plan is being responsibly managed.</summary>
    ResponsiblyManaged,
}
