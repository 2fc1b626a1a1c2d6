using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanStatusType() : DescribedEnumType<PlanStatus>(
    "PlanStatus",
    "Where a care and support plan stands. DRAFT → SUBMITTED → AGREED → ACTIVE → UNDER_REVIEW …; CHANGES_REQUIRED after a decline; ENDED.",
    new Dictionary<PlanStatus, string>
    {
        [PlanStatus.Draft] = "Being written by the person or those helping them; not yet sent for agreement.",
        [PlanStatus.Submitted] = "Sent to the council; waiting for the Key Worker (assessing officer) to agree or decline it.",
        [PlanStatus.ChangesRequired] = "Not agreed: the decision lists the reasons and what must change before it can be agreed.",
        [PlanStatus.Agreed] = "Agreed by the council; the personal budget is set and support is being set up.",
        [PlanStatus.Active] = "Support is in place; reviews are scheduled.",
        [PlanStatus.UnderReview] = "A review of the plan is under way.",
        [PlanStatus.Ended] = "The plan has ended; it is kept for the record.",
    });
