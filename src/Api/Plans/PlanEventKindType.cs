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
    });
