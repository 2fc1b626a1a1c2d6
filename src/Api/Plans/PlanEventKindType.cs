using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanEventKindType() : DescribedEnumType<PlanEventKind>(
    "PlanEventKind",
    "What happened to a plan.",
    new Dictionary<PlanEventKind, string>
    {
        [PlanEventKind.Started] = "The plan was started from an assessment.",
        [PlanEventKind.Submitted] = "A version was sent for agreement.",
        [PlanEventKind.Agreed] = "A version was agreed and came into force.",
        [PlanEventKind.Declined] = "A version was not agreed; the reason says why and what must change.",
        [PlanEventKind.RevisionStarted] = "A revision of the agreed plan was started.",
        [PlanEventKind.SupportInPlace] = "The agreed support was put in place.",
        [PlanEventKind.ReviewStarted] = "A review of the plan started.",
        [PlanEventKind.Ended] = "The plan ended.",
        [PlanEventKind.RiskPanelDecisionRecorded] = "The Risk Management Panel recorded whether a significant risk can be managed safely.",
        [PlanEventKind.PersonNotified] = "The person was told of a decision about their plan.",
        [PlanEventKind.ReviewRequested] = "Someone asked for a review (R21); the reason lists the grounds.",
        [PlanEventKind.ReviewRequestAccepted] = "The council accepted a review request (R21).",
        [PlanEventKind.ReviewRequestDeclined] = "The council declined a review request; the reason says why, as the requester was told (R21).",
        [PlanEventKind.ReviewOutcomeRecorded] = "The Key Worker recorded a review's outcome, for the person and the Key Worker to sign (R22).",
        [PlanEventKind.ReviewDisagreementRecorded] = "The person disagreed with a review's outcome; their Key Worker will contact them (R22).",
        [PlanEventKind.ReviewCompleted] = "A review was signed by both and completed; the plan is active again and the next review is scheduled (R20, R22).",
        [PlanEventKind.RiskPanelReferred] = "The plan was referred to the Risk Management Panel (R23).",
        [PlanEventKind.ResolutionMeetingRequested] = "After the plan was not agreed, the person asked to meet all key staff (R17).",
        [PlanEventKind.AssessmentRevised] = "The person's assessment was reviewed; the plan now follows the new version, its indicative budget and contribution, and is checked against it (R17, R31).",
        [PlanEventKind.RevisionWithdrawn] = "A revision being worked on was withdrawn; the version in force stays in force, and a new revision may be started (R18).",
        [PlanEventKind.ResolutionMeetingHeld] = "The meeting with all key staff the person asked for was held (R17).",
        [PlanEventKind.CheckInRecorded] = "The Key Worker checked in with the person once support was in place (R32); what was said is on `CarePlan.checkIns`.",
    });
