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

    /// <summary>Someone asked for a review (R21).</summary>
    ReviewRequested,

    /// <summary>The council accepted a review request (R21).</summary>
    ReviewRequestAccepted,

    /// <summary>The council declined a review request, with reasons the requester is told (R21).</summary>
    ReviewRequestDeclined,

    /// <summary>The Key Worker recorded a review's outcome, for both parties to sign (R22).</summary>
    ReviewOutcomeRecorded,

    /// <summary>The person disagreed with a review's outcome; the Key Worker is to contact them (R22).</summary>
    ReviewDisagreementRecorded,

    /// <summary>A review was signed by both parties and completed; the next review is scheduled (R20, R22).</summary>
    ReviewCompleted,

    /// <summary>The plan was referred to the Risk Management Panel (R23).</summary>
    RiskPanelReferred,

    /// <summary>After a decline, the person asked to meet all key staff (R17).</summary>
    ResolutionMeetingRequested,

    /// <summary>The person's assessment was reviewed; the plan now follows the new version of it (R17, R31).</summary>
    AssessmentRevised,

    /// <summary>A revision being worked on was withdrawn; the version in force stays in force (R18).</summary>
    RevisionWithdrawn,

    /// <summary>The meeting with all key staff the person asked for was held (R17).</summary>
    ResolutionMeetingHeld,

    /// <summary>The Key Worker checked in with the person once support was in place (R32).</summary>
    CheckInRecorded,
}
