using System.ComponentModel;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R13: others helped with the plan, and the person has not confirmed that the decisions are their own.</summary>
[Description("R13: others helped with the plan, and the person has not confirmed that the decisions in it are their own. The person confirms with `confirmOwnDecisions`; any later edit withdraws the confirmation.")]
public sealed record OwnDecisionsNotConfirmedError(
    [property: Description("Who prepared the version.")] PlanPreparer PreparedBy,
    [property: Description("The names of the helpers recorded on the version.")] IReadOnlyList<string> Helpers)
    : AgreementCheckError(AgreementCheck.OwnDecisions, "OWN_DECISIONS_NOT_CONFIRMED", Helpers.Count == 0
        ? "Others helped with the plan; the person must confirm that the decisions in it are their own."
        : $"Others helped with the plan ({string.Join(", ", Helpers)}); the person must confirm that the decisions in it are their own.");
