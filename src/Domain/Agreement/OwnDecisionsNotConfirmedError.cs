using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R13: others helped with the plan, and the person has not confirmed that the decisions are their own.</summary>
public sealed record OwnDecisionsNotConfirmedError(PlanPreparer PreparedBy, IReadOnlyList<string> Helpers)
    : AgreementCheckError(AgreementCheck.OwnDecisions, "OWN_DECISIONS_NOT_CONFIRMED", Helpers.Count == 0
        ? "Others helped with the plan; the person must confirm that the decisions in it are their own."
        : $"Others helped with the plan ({string.Join(", ", Helpers)}); the person must confirm that the decisions in it are their own.");
