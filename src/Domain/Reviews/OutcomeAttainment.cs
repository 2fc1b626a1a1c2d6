namespace CarePlanGraph.Domain.Reviews;

/// <summary>How far an outcome the person wanted has been met, as judged at a review (R22).</summary>
public enum OutcomeAttainment
{
    /// <summary>Fully met.</summary>
    FullyMet,

    /// <summary>Partly met.</summary>
    PartlyMet,

    /// <summary>Not met.</summary>
    NotMet,
}
