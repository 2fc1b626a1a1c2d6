using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

public sealed class SafetyConcernStatusType() : DescribedEnumType<SafetyConcernStatus>(
    "SafetyConcernStatus",
    "Where a safety concern stands with the safeguarding team (R24).",
    new Dictionary<SafetyConcernStatus, string>
    {
        [SafetyConcernStatus.Open] = "Raised and waiting in the safeguarding team's queue.",
        [SafetyConcernStatus.Closed] = "Dealt with; `outcome` says what was done.",
    });
