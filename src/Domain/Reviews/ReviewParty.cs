namespace CarePlanGraph.Domain.Reviews;

/// <summary>The two parties who sign a completed review (R22).</summary>
public enum ReviewParty
{
    /// <summary>The person, or their advocate on their behalf where one is recorded.</summary>
    Person,

    /// <summary>The Key Worker (or an administrator standing in).</summary>
    KeyWorker,
}
