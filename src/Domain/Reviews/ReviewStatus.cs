namespace CarePlanGraph.Domain.Reviews;

/// <summary>Where a review stands (R22).</summary>
public enum ReviewStatus
{
    /// <summary>Under way: people may be invited and the Key Worker records the outcome.</summary>
    InProgress,

    /// <summary>The outcome is recorded; the person (or their advocate) and the Key Worker sign it.</summary>
    AwaitingSignatures,

    /// <summary>The person disagrees with the outcome; the Key Worker contacts them and records it again.</summary>
    Disputed,

    /// <summary>Signed by both; the plan is back to ACTIVE and the next review is scheduled.</summary>
    Completed,
}
