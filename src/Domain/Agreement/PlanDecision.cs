using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// The assessing officer's decision on a submitted version (R15–R17): agreed with the attestations and rationale,
/// or not agreed with the reasons and what must change. Either way it records the advice and information offered
/// to prevent or delay needs (R16), who decided, when, and the edit revision of the version they decided on.
/// A version sent back and resubmitted collects one decision per submission.
/// </summary>
public sealed class PlanDecision
{
    private readonly List<string> _requiredChanges = [];

    private PlanDecision()
    {
        DecidedBySubject = string.Empty;
        DecidedByName = string.Empty;
        Rationale = string.Empty;
        AdviceOffered = string.Empty;
    }

    private PlanDecision(DecisionOutcome outcome, Actor officer, DateTimeOffset decidedAt, int versionRevision, string rationale, string adviceOffered)
    {
        Id = Id<PlanDecision>.New();
        Outcome = outcome;
        DecidedBySubject = officer.Subject;
        DecidedByName = officer.Name;
        DecidedByRole = officer.Role;
        DecidedAt = decidedAt;
        VersionRevision = versionRevision;
        Rationale = rationale;
        AdviceOffered = adviceOffered;
    }

    public Id<PlanDecision> Id { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    public string DecidedBySubject { get; private set; }

    /// <summary>The officer's name, as recorded with the decision (R15).</summary>
    public string DecidedByName { get; private set; }

    public ActorRole DecidedByRole { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>The version's <c>EditRevision</c> when it was decided: exactly what the officer saw.</summary>
    public int VersionRevision { get; private set; }

    /// <summary>The officer's rationale for agreeing, or the reasons for not agreeing (R15, R17).</summary>
    public string Rationale { get; private set; }

    /// <summary>R15: the plan is lawful and uses money sensibly. Always true on an agreement; false on a decline.</summary>
    public bool IsLawfulAndSensible { get; private set; }

    /// <summary>R15: the plan keeps the person healthy, safe and well. Always true on an agreement; false on a decline.</summary>
    public bool KeepsPersonHealthySafeAndWell { get; private set; }

    /// <summary>R15: the plan is responsibly managed. Always true on an agreement; false on a decline.</summary>
    public bool IsResponsiblyManaged { get; private set; }

    /// <summary>R17: what must change before the plan can be agreed; empty on an agreement.</summary>
    public IReadOnlyList<string> RequiredChanges => _requiredChanges;

    /// <summary>R17: the plan was unclear, and the officer asks for the assessment to be reviewed.</summary>
    public bool ReviewAssessmentRequested { get; private set; }

    /// <summary>R16: the advice and information offered to prevent or delay needs, whatever the decision.</summary>
    public string AdviceOffered { get; private set; }

    internal static PlanDecision Agreed(AgreementAttestation attestation, Actor officer, DateTimeOffset decidedAt, int versionRevision) =>
        new(DecisionOutcome.Agreed, officer, decidedAt, versionRevision, attestation.Rationale.Trim(), attestation.AdviceOffered.Trim())
        {
            IsLawfulAndSensible = attestation.IsLawfulAndSensible,
            KeepsPersonHealthySafeAndWell = attestation.KeepsPersonHealthySafeAndWell,
            IsResponsiblyManaged = attestation.IsResponsiblyManaged,
        };

    internal static PlanDecision Declined(DeclineDetails details, Actor officer, DateTimeOffset decidedAt, int versionRevision)
    {
        var decision = new PlanDecision(DecisionOutcome.ChangesRequired, officer, decidedAt, versionRevision, details.Reasons.Trim(), details.AdviceOffered.Trim())
        {
            ReviewAssessmentRequested = details.ReviewAssessmentRequested,
        };
        decision._requiredChanges.AddRange((details.RequiredChanges ?? []).Where(FreeText.IsPresent).Select(c => c.Trim()));
        return decision;
    }
}
