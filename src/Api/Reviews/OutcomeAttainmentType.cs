using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class OutcomeAttainmentType() : DescribedEnumType<OutcomeAttainment>(
    "OutcomeAttainment",
    "How far an outcome from the assessment has been met, as judged at a review (R22).",
    new Dictionary<OutcomeAttainment, string>
    {
        [OutcomeAttainment.FullyMet] = "Fully met.",
        [OutcomeAttainment.PartlyMet] = "Partly met.",
        [OutcomeAttainment.NotMet] = "Not met.",
    });
