namespace CarePlanGraph.Domain.Plans;

/// <summary>What happened to a plan.</summary>
public enum PlanEventKind
{
    Started,
    Submitted,
    Agreed,
    Declined,
    RevisionStarted,
    SupportInPlace,
    ReviewStarted,
    Ended,
}
