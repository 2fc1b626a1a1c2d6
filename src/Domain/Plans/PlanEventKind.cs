namespace CarePlanGraph.Domain.Plans;

/// <summary>What happened to a plan. New kinds are added at the end so stored values keep their meaning.</summary>
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

    /// <summary>The Risk Management Panel recorded a decision on the plan's risks (R12, R23).</summary>
    RiskPanelDecisionRecorded,

    /// <summary>The person was told of a decision at once: sent their copy (R16) or told why not and what must change (R17).</summary>
    PersonNotified,
}
