using System.Diagnostics.CodeAnalysis;

namespace CarePlanGraph.Api.Identity;

/// <summary>What a caller wants to do with a plan; <see cref="AccessScope.EnsureCanAsync"/> decides.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A permission is what it is; 'PlanAction' would read as something that happened.")]
public enum PlanPermission
{
    Read,
    Edit,
    Submit,
    Decide,
    RecordPanelDecision,
    MarkSupportInPlace,
    StartRevision,

    /// <summary>R21: ask for a review.</summary>
    RequestReview,

    /// <summary>R21, R29: accept or decline a review request.</summary>
    DecideReviewRequest,

    /// <summary>R20, R22: start a review and record its outcome.</summary>
    ConductReview,

    /// <summary>R22: invite people to a review.</summary>
    InviteToReview,

    /// <summary>R22: sign a review, or record disagreement with it.</summary>
    SignReview,

    /// <summary>R22: record the need for an advocate, refer, assign.</summary>
    RecordAdvocacy,

    /// <summary>R23: refer a plan to the Risk Management Panel.</summary>
    ReferToRiskPanel,

    /// <summary>R24: raise a safety concern.</summary>
    RaiseSafetyConcern,

    /// <summary>R24: work the safeguarding team's queue.</summary>
    HandleSafetyConcern,

    /// <summary>R25: make a complaint.</summary>
    MakeComplaint,

    /// <summary>R25: acknowledge, respond to and close complaints.</summary>
    HandleComplaint,

    /// <summary>R17: ask for a meeting with all key staff after a decline.</summary>
    RequestResolutionMeeting,

    /// <summary>R17: arrange that meeting.</summary>
    ArrangeResolutionMeeting,

    /// <summary>R18: withdraw a revision being worked on.</summary>
    WithdrawRevision,

    /// <summary>R22: the person asks for an independent advocate.</summary>
    RequestAdvocate,

    /// <summary>R17: record that the meeting with all key staff was held.</summary>
    RecordResolutionMeeting,

    /// <summary>R32: record the Key Worker's check-in.</summary>
    RecordCheckIn,
}
