using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>
/// The content of an assessment, as the council records it (R31). A part with an <c>Id</c> is one the previous version
/// recorded and the revision keeps, under the same ID, so support items and risk mitigations that name it stay valid;
/// a part without one is new.
/// </summary>
public sealed record AssessmentDetails(
    IReadOnlyList<NeedDetails> Needs,
    IReadOnlyList<OutcomeDetails> Outcomes,
    IReadOnlyList<RiskDetails> Risks,
    Money AssessedContribution,
    Money IndicativeBudget);

/// <summary>An eligible need: the eligibility outcome the person cannot achieve, and the need in words.</summary>
public sealed record NeedDetails(Id<EligibleNeed>? Id, EligibilityOutcome Area, string Description);

/// <summary>An outcome the person wants.</summary>
public sealed record OutcomeDetails(Id<DesiredOutcome>? Id, string Description);

/// <summary>An identified risk, significant or not (R12, R23).</summary>
public sealed record RiskDetails(Id<IdentifiedRisk>? Id, string Description, bool IsSignificant);
