using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Agreement;

namespace CarePlanGraph.Api.Plans;

public sealed class DecisionOutcomeType() : DescribedEnumType<DecisionOutcome>(
    "DecisionOutcome",
    "What the assessing officer decided about a submitted version.",
    new Dictionary<DecisionOutcome, string>
    {
        [DecisionOutcome.Agreed] = "Agreed: the version is frozen and in force, and the personal budget is set (R16).",
        [DecisionOutcome.ChangesRequired] = "Not agreed: sent back with the reasons and what must change (R17).",
    });
